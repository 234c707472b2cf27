import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Debian's Chromium, headless: these machines cannot download a browser of Playwright's own.
 * `CHROMIUM_PATH` points elsewhere; without the background-networking flag Chromium keeps
 * calling home, which this closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath, args });
}

/**
 * The same Chromium with a profile of its own in `userDataDir`: for what Chromium does only in a
 * profile, not in the incognito-like contexts of `launchChromium`, such as finding a site installable.
 */
export function launchChromiumProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath, args });
}
