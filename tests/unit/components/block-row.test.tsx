import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlockRow } from '@/components/reader/BlockRow';
import { NarrationProvider, type NarrationLabels } from '@/components/reader/NarrationProvider';
import { ReaderProvider, type ReaderLabels } from '@/components/reader/ReaderProvider';

const labels: ReaderLabels = {
  flip: { en: 'EN: Show this paragraph in English', es: 'ES: Show this paragraph in Spanish' },
  languageCode: { en: 'EN', es: 'ES' },
  languageName: { en: 'English', es: 'Spanish' },
  original: 'Original',
  share: 'Share this paragraph',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link: {{url}}',
  shownIn: { en: 'Paragraph shown in English', es: 'Paragraph shown in Spanish' },
  viewShown: { reading: 'Reading view', 'side-by-side': 'Side by side view', original: 'As published view' },
  translationMissing: {
    en: 'Translation missing: this paragraph is shown as published, in English.',
    es: 'Translation missing: this paragraph is shown as published, in Spanish.',
  },
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

function render(versions: Parameters<typeof BlockRow>[0]['versions'], lang: 'en' | 'es' = 'es') {
  return renderToStaticMarkup(
    <ReaderProvider lng="en" slug="an-article" labels={labels} blocks={[{ id: 'a-block', lang }]}>
      <NarrationProvider labels={narrationLabels} blockIds={['a-block']}>
        <BlockRow id="a-block" lang={lang} versions={versions} />
      </NarrationProvider>
    </ReaderProvider>,
  );
}

describe('BlockRow (server render)', () => {
  it('renders both versions, each marked with its lang, the original marked too', () => {
    const html = render({ es: <p>Hola</p>, en: <p>Hello</p> });
    expect(html).toContain('id="a-block"');
    expect(html).toMatch(/<div class="version" lang="en" data-lang="en">.*<p>Hello<\/p><\/div>/);
    expect(html).toMatch(/<div class="version" lang="es" data-lang="es" data-original="true">.*<p>Hola<\/p><\/div>/);
  });

  it('shows the original with a notice, in the page language, where the translation is missing', () => {
    const html = render({ es: <p>Hola</p> });
    expect(html).toContain('<p class="notice" lang="en">Translation missing: this paragraph is shown as published, in Spanish.</p>');
    expect(html).toContain('<div lang="es"><p>Hola</p></div>');
  });

  it('has a real toggle button, a listen button and a share button, named in the UI language', () => {
    const html = render({ es: <p>Hola</p>, en: <p>Hello</p> });
    expect(html).toMatch(/<button type="button" class="listen" aria-label="Listen to this paragraph"/);
    expect(html).toMatch(/<button type="button" class="flip" aria-pressed="false" aria-label="ES: Show this paragraph in Spanish"[^>]*>ES<\/button>/);
    expect(html).toMatch(/<button type="button" class="share" aria-label="Share this paragraph"/);
  });
});
