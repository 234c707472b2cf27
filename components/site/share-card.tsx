import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { excerpt } from '@/lib/content/article';
import type { Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { cardSize } from '@/lib/site';

const fontFile = (weight: 400 | 600) =>
  readFile(
    path.join(
      process.cwd(),
      `node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`,
    ),
  );

/**
 * The preview card of a paragraph or sentence link: the text quoted in `lng`, with the
 * article's title, drawn as a PNG of the size chat apps and social sites preview.
 */
export async function shareCard({ lng, text, title }: { lng: Language; text: string; title: string }) {
  const t = getT(lng);
  const quote = t('share.quote', { text: excerpt(text, 260) });
  const [regular, semibold] = await Promise.all([fontFile(400), fontFile(600)]);

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px',
        background: '#fdfcf9',
        color: '#1d1d1f',
        fontFamily: 'Source Serif 4',
        borderLeft: '16px solid #0b5cad',
      }}
    >
      <div style={{ display: 'flex', fontSize: quote.length > 180 ? 40 : 48, lineHeight: 1.35 }}>{quote}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 48 }}>
        <div style={{ display: 'flex', fontSize: 28, fontWeight: 600, color: '#5b5b63', maxWidth: 820 }}>
          {excerpt(title, 110)}
        </div>
        <div style={{ display: 'flex', flexShrink: 0, whiteSpace: 'nowrap', fontSize: 30, fontWeight: 600 }}>
          {t('siteName')} · {t(`languageCode.${lng}`)}
        </div>
      </div>
    </div>,
    {
      ...cardSize,
      fonts: [
        { name: 'Source Serif 4', data: regular, weight: 400, style: 'normal' },
        { name: 'Source Serif 4', data: semibold, weight: 600, style: 'normal' },
      ],
    },
  );
}
