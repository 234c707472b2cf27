import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlowView } from '@/components/article/FlowView';
import { BlockRow } from '@/components/controls/BlockRow';
import { NarrationProvider } from '@/components/controls/NarrationProvider';
import { ReaderProvider } from '@/components/controls/ReaderProvider';
import type { Flow } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';
import type { NarrationLabels } from '@/lib/reader/narration';
import { labels } from '../reader/reader-labels';

const narrationLabels: NarrationLabels = {
  listenArticle: 'Listen to the article',
  listenBlock: 'Listen to paragraph {{n}}',
  stopBlock: 'Stop reading paragraph {{n}} aloud',
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
          n={3}
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

  it('gives a table, like any block, the lang of its version, and of the original where the translation is missing', () => {
    const table = (value: string): Flow => ({ type: 'table', rows: [[[{ type: 'text', value }]]] });
    expect(render({ es: table('Línea'), en: table('Line') })).toMatch(
      /<div class="version" lang="en" data-lang="en">.*<th scope="col">Line<\/th>.*<\/div><div class="version" lang="es" data-lang="es" data-original="true">.*<th scope="col">Línea<\/th>/,
    );
    expect(render({ es: table('Línea') })).toContain('<div lang="es"><div class="table-scroll" tabindex="0"><table>');
  });

  it('is a group named by its number, its controls one toolbar named and described by the paragraph', () => {
    const html = render({ es: paragraph('Hola'), en: paragraph('Hello') });
    expect(html).toMatch(/^<div id="a-block" class="block" [^>]*tabindex="-1" role="group" aria-label="Paragraph 3">/);
    expect(html).toContain(
      '<div class="block-controls" role="toolbar" aria-label="Controls of paragraph 3" aria-describedby="a-block-opening">',
    );
    expect(html).toContain('<span id="a-block-opening" hidden="" lang="es">A paragraph’s first words</span>');
  });

  it('has a real switch, a listen button and a share link, named in the UI language by what they do to which paragraph', () => {
    const html = render({ es: paragraph('Hola'), en: paragraph('Hello') });
    // The switch: a checkbox, off on the server, named by the language it will show.
    expect(html).toMatch(
      /<label class="flip"><input type="checkbox" role="switch" [^>]*aria-label="Show paragraph 3 in Spanish" aria-describedby="a-block-opening" name="flip" value="a-block"\/>/,
    );
    expect(html).not.toMatch(/<input[^>]* checked/);
    // On screen, both languages on the switch, the original marked; the input alone carries the name.
    expect(html).toContain(
      '<span class="flip-option" data-lang="en" aria-hidden="true"><span class="flip-code">EN</span><span class="flip-name" lang="en">English</span></span>',
    );
    expect(html).toContain(
      '<span class="flip-option" data-lang="es" data-original="true" aria-hidden="true"><span class="flip-code">ES</span><span class="flip-name" lang="es">español</span><span class="flip-original">Original</span></span>',
    );
    // The other controls are reached inside the toolbar, not by Tab.
    expect(html).toMatch(
      /<button type="button" class="listen" aria-label="Listen to paragraph 3" title="Listen to paragraph 3" tabindex="-1">/,
    );
    // Share is a plain link to the paragraph's page in the language shown, until the page's code takes it.
    expect(html).toMatch(
      /<a class="share" href="\/en\/articles\/an-article\/p\/a-block" aria-label="Share paragraph 3" title="Share paragraph 3" tabindex="-1">/,
    );
    expect(html.match(/<(input|button|a) /g)).toEqual(['<input ', '<button ', '<a ']);
  });

  it('is highlighted on the server when a paragraph link’s page opened the article at it, by any of its IDs', () => {
    expect(render({ es: paragraph('Hola') }, { focusId: 'its-former-id' })).toContain('data-highlighted="true"');
    expect(render({ es: paragraph('Hola') })).not.toContain('data-highlighted');
  });
});
