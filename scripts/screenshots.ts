/**
 * `npm run screenshots`: photographs the built app in Chromium, and saves a share card, for the README
 * (`npm run build` first). Writes docs/screenshots/*.png: the reading and side-by-side views, light
 * and dark, on a desktop and a phone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './support/chromium';
import { startNextServer } from './support/next-server';

const article = 'articles/belarus-cuba-military-ties';
const devices = {
  desktop: { width: 1280, height: 860, deviceScaleFactor: 1 },
  phone: { width: 390, height: 844, deviceScaleFactor: 1 },
};
const shots = [
  { name: 'reading', path: `/en/${article}` },
  { name: 'side-by-side', path: `/es/${article}?view=side-by-side` },
];
const themes = ['light', 'dark'] as const;

const server = await startNextServer();
const browser = await launchChromium();
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const [device, { deviceScaleFactor, ...viewport }] of Object.entries(devices)) {
    for (const theme of themes) {
      const context = await browser.newContext({ viewport, deviceScaleFactor, colorScheme: theme });
      for (const shot of shots) {
        const page = await context.newPage();
        await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = `docs/screenshots/${shot.name}-${theme}-${device}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
      await context.close();
    }
  }
  const card = await fetch(`${server.url}/es/${article}/p/la-visita-del-jefe-del-estado/card.png`);
  writeFileSync('docs/screenshots/card-es.png', Buffer.from(await card.arrayBuffer()));
  console.log('docs/screenshots/card-es.png');
} finally {
  await browser.close();
  server.stop();
}
