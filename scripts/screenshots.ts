/**
 * `npm run screenshots`: photographs the built app in Chromium, and saves a share card, for the README
 * (`npm run build` first). Writes docs/screenshots/*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium';
import { startNextServer } from './next-server';

const shots = [
  { name: 'reading-en', path: '/en/articles/belarus-cuba-military-ties', width: 1280, height: 860 },
  { name: 'side-by-side-es', path: '/es/articles/belarus-cuba-military-ties?view=side-by-side', width: 1280, height: 860 },
  { name: 'side-by-side-phone', path: '/es/articles/belarus-cuba-military-ties?view=side-by-side', width: 390, height: 844 },
];

const server = await startNextServer();
const browser = await launchChromium();
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
    console.log(`docs/screenshots/${shot.name}.png`);
  }
  const card = await fetch(`${server.url}/es/articles/belarus-cuba-military-ties/p/la-visita-del-jefe-del-estado/card.png`);
  writeFileSync('docs/screenshots/card-es.png', Buffer.from(await card.arrayBuffer()));
  console.log('docs/screenshots/card-es.png');
} finally {
  await browser.close();
  server.stop();
}
