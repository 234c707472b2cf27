import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';

/**
 * The light theme's page and text colours (`--paper` and `--ink` in app/styles/base.css; the
 * ink is also the background of app/icon.svg), which an installed app's title bar and splash
 * screen take before the page's stylesheet loads, and a maskable icon's background.
 */
export const lightTheme = { paper: '#fdfcf9', ink: '#1d1d1f' } as const;

/**
 * The PNG icons of the web app manifest: the sizes Chromium asks of an installable app (192 and
 * 512 px), and a maskable one that a phone may cut to its own shape.
 */
export const appIcons = [
  { name: '192.png', size: 192, purpose: 'any' },
  { name: '512.png', size: 512, purpose: 'any' },
  { name: 'maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export type AppIcon = (typeof appIcons)[number];

export const iconPath = (name: AppIcon['name']) => `/icons/${name}`;

/** Of a maskable icon, only a centred circle of 80% of its width is sure to show. */
const maskableScale = 0.8;

/**
 * An icon drawn from the site's icon (app/icon.svg, the browser tab's): as it is for `any`; for
 * `maskable`, on a square of its own background, scaled into the part every mask keeps.
 */
export async function appIconImage({ size, purpose }: AppIcon): Promise<ImageResponse> {
  const svg = await readFile(path.join(process.cwd(), 'app', 'icon.svg'));
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const drawn = purpose === 'maskable' ? Math.round(size * maskableScale) : size;
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        alignItems: 'center',
        justifyContent: 'center',
        background: purpose === 'maskable' ? lightTheme.ink : 'transparent',
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- drawn into a PNG by next/og, not shown on a page */}
      <img src={src} width={drawn} height={drawn} alt="" />
    </div>,
    { width: size, height: size },
  );
}
