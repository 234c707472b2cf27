import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless: these machines cannot download a browser of Playwright's own.
 * `CHROMIUM_PATH` points elsewhere; without the background-networking flag Chromium keeps
 * calling home, which this closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
