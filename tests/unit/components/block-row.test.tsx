import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlowView } from '@/components/article/FlowView';
import { BlockRow } from '@/components/controls/BlockRow';
import { NarrationProvider } from '@/components/controls/NarrationProvider';
import { ReaderProvider } from '@/components/controls/ReaderProvider';
import type { Flow } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';
import type { NarrationLabels } from '@/lib/reader/narration';
import type { ReaderLabels } from '@/lib/reader/reader';

const labels: ReaderLabels = {
  flip: { en: 'EN: Show this paragraph in English', es: 'ES: Show this paragraph in Spanish' },
  languageCode: { en: 'EN', es: 'ES' },
  languageName: { en: 'English', es: 'Spanish' },
  autonym: { en: 'English', es: 'español' },
  blockName: 'Paragraph {{n}}',
  blockControls: 'Controls of paragraph {{n}}',
  shareIn: {
    en: 'Share paragraph {{n}}: the link opens in English',
    es: 'Share paragraph {{n}}: the link opens in Spanish',
  },
  copied: 'Copied',
  linkCopiedIn: { en: 'Link copied: it opens in English', es: 'Link copied: it opens in Spanish' },
  flipSideBySide: 'Side by side shows both languages: flip a paragraph in the reading view.',
  original: 'Original',
  translationMissing: {
    en: 'Translation missing: this paragraph is shown as published, in English.',
    es: 'Translation missing: this paragraph is shown as published, in Spanish.',
  },
  share: 'Share this paragraph',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link: {{url}}',
  shownIn: { en: 'Paragraph shown in English', es: 'Paragraph shown in Spanish' },
  viewShown: { reading: 'Reading view', 'side-by-side': 'Side by side view', original: 'As published view' },
};

const narrationLabels: NarrationLabels = {
  listenArticle: 'Listen to the article',
  listenBlock: 'Listen to this paragraph',
  stopBlock: 'Stop reading aloud',
  player: 'Reading aloud',
  progress: 'Paragraph {{current}} of {{total}}',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  speed: 'Speed',
  readOn: 'Read on',
  noVoice: { en: 'This browser has no English voice', es: 'This browser has no Spanish voice' },
  cannotSpeak: 'This browser cannot read aloud',
  loadFailed: 'Reading aloud could not load. Check the connection and try again.',
};

const paragraph = (value: string): Flow => ({ type: 'paragraph', children: [{ type: 'text', value }] });

function render(
  versions: Partial<Record<Language, Flow>>,
  { lang = 'es', focusId }: { lang?: Language; focusId?: string } = {},
) {
  return renderToStaticMarkup(
    <ReaderProvider
      lng="en"
      slug="an-article"
      labels={labels}
      blocks={[{ id: 'a-block', lang }]}
      formerIds={{ 'its-former-id': 'a-block' }}
      focusId={focusId}
    >
      <NarrationProvider labels={narrationLabels}>
        <BlockRow
          id="a-block"
          n={1}
          opening="A paragraph’s first words"
          lang={lang}
          versions={Object.fromEntries(
            Object.entries(versions).map(([l, flow]) => [l, <FlowView key={l} flow={flow} />]),
          )}
        />
      </NarrationProvider>
    </ReaderProvider>,
  );
}

describe('BlockRow (server render)', () => {
  it('renders both versions, each marked with its lang, the original marked too', () => {
    const html = render({ es: paragraph('Hola'), en: paragraph('Hello') });
    expect(html).toContain('id="a-block"');
    expect(html).toMatch(/<div class="version" lang="en" data-lang="en">.*<p>Hello<\/p><\/div>/);
    expect(html).toMatch(/<div class="version" lang="es" data-lang="es" data-original="true">.*<p>Hola<\/p><\/div>/);
  });

  it('shows the original with a notice, in the page language, where the translation is missing', () => {
    const html = render({ es: paragraph('Hola') });
    expect(html).toContain(
      '<p class="notice" lang="en">Translation missing: this paragraph is shown as published, in Spanish.</p>',
    );
    expect(html).toContain('<div lang="es"><p>Hola</p></div>');
  });

  it('has a real toggle button, a listen button and a share button, named in the UI language', () => {
    const html = render({ es: paragraph('Hola'), en: paragraph('Hello') });
    expect(html).toMatch(/<button type="button" class="listen" aria-label="Listen to this paragraph"/);
    expect(html).toMatch(
      /<button type="button" class="flip" aria-pressed="false" aria-label="ES: Show this paragraph in Spanish"[^>]*>ES<\/button>/,
    );
    expect(html).toMatch(/<button type="button" class="share" aria-label="Share this paragraph"/);
  });

  it('is highlighted on the server when a paragraph link’s page opened the article at it, by any of its IDs', () => {
    expect(render({ es: paragraph('Hola') }, { focusId: 'its-former-id' })).toContain('data-highlighted="true"');
    expect(render({ es: paragraph('Hola') })).not.toContain('data-highlighted');
  });
});
