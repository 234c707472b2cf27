import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowView } from '@/components/article/FlowView';
import { blockText, excerpt, flowSentences, flowText } from '@/lib/content/article';
import { buildContentReport } from '@/lib/content/authoring/check';
import { formatReport } from '@/lib/content/authoring/check-format';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { translationFlow } from '@/lib/content/build/join/translation-flow';
import { loadContent } from '@/lib/content/build/read-sources';
import type { Article, Flow } from '@/lib/content/types';
import { runScript } from '@/tests/unit/support';

// An article with GFM in it (a bare URL, an e-mail address, strikethrough and a table), with its
// Spanish translation, through the build and the content check as an editor would run them.

const url = 'https://www.example.gov/transit/strike-updates';

const source = `---
title: "Transit strike: what runs on Monday"
lang: en
---

The city's transit workers will strike on Monday, the union said. Check ${url} before you travel, or write to press@example.gov.

| Line | Service on Monday | Since |
| :--- | :--- | ---: |
| Red line | ~~Every 6 min~~ Suspended | 6 May |
| Blue line | Every 20 min | 6 May |
| Airport bus | Normal | — |

Ferries are not affected by the strike and will keep their usual timetable.
`;

const ids = {
  lead: 'the-citys-transit-workers-will-strike',
  table: 'line-service-on-monday-since-red',
  ferries: 'ferries-are-not-affected-by-the',
};

const spanish = {
  title: 'Huelga del transporte: qué funciona el lunes',
  blocks: {
    [ids.lead]: `Los trabajadores del transporte de la ciudad irán a la huelga el lunes, según el sindicato. Consulte ${url} antes de viajar, o escriba a press@example.gov.`,
    [ids.table]: [
      '| Línea | Servicio el lunes | Desde |',
      '| :--- | :--- | ---: |',
      '| Línea roja | ~~Cada 6 min~~ Suspendido | 6 de mayo |',
      '| Línea azul | Cada 20 min | 6 de mayo |',
      '| Autobús del aeropuerto | Normal | — |',
    ].join('\n'),
    [ids.ferries]: 'Los transbordadores no se ven afectados por la huelga y mantendrán su horario habitual.',
  },
};

let root: string;
let article: Article;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-gfm-'));
  for (const dir of ['content', 'locales/en', 'locales/es']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'content', 'transit-strike.md'), source);
  writeFileSync(path.join(root, 'locales', 'es', 'transit-strike.json'), `${JSON.stringify(spanish, null, 2)}\n`);
  writeFileSync(path.join(root, 'locales', 'en', 'transit-strike.json'), '{}\n');
  [article] = loadContent(root) as [Article];
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const block = (id: string) => article.blocks.find((b) => b.id === id)!;

describe('an article with a table and a bare URL: the build', () => {
  it('builds three blocks, the table one of them, with IDs from their opening words', () => {
    expect(article.blocks.map((b) => [b.id, b.kind, b.line])).toEqual([
      [ids.lead, 'paragraph', 6],
      [ids.table, 'table', 8],
      [ids.ferries, 'paragraph', 14],
    ]);
  });

  it('detects every block, the table too, as English', () => {
    expect(article.blocks.map((b) => b.lang)).toEqual(['en', 'en', 'en']);
  });

  it('links the bare URL and the e-mail address in both versions', () => {
    const links = (flow: Flow | undefined) => JSON.stringify(flow).match(/"url":"[^"]+"/g);
    const expected = [`"url":"${url}"`, '"url":"mailto:press@example.gov"'];
    expect(links(block(ids.lead).versions.en)).toEqual(expected);
    expect(links(block(ids.lead).versions.es)).toEqual(expected);
  });

  it('aligns the paragraphs’ sentences, the one with the URL too, and none is suspect', () => {
    expect(block(ids.lead).alignment).toEqual({ beads: { en: [0, 1], es: [0, 1] }, suspect: false });
    expect(block(ids.ferries).alignment?.suspect).toBe(false);
  });

  it('joins the table’s translation as a table of the same shape', () => {
    const es = block(ids.table).versions.es;
    expect(es?.type).toBe('table');
    expect(es?.type === 'table' && es.rows.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(blockText(block(ids.table), 'es').split('\n')[0]).toBe('Línea\tServicio el lunes\tDesde');
  });

  it('does not align a table’s cells as sentences', () => {
    expect(block(ids.table)).not.toHaveProperty('alignment');
    expect(flowSentences(block(ids.table).versions.en!)).toEqual([]);
    expect(flowSentences(block(ids.table).versions.es!)).toEqual([]);
  });

  it('gives the table an opening for its controls, from its header', () => {
    expect(excerpt(blockText(block(ids.table), 'en'), 60)).toBe('Line\tService on Monday\tSince\nRed line\tEvery 6 min…');
  });

  it('renders the built table with its header cells and its struck-out text', () => {
    const html = renderToStaticMarkup(<FlowView flow={block(ids.table).versions.es!} />);
    expect(html).toContain('<th scope="col" data-align="left">Línea</th>');
    expect(html).toContain('<td data-align="left"><del>Cada 6 min</del> Suspendido</td>');
    expect(html).toContain('<td data-align="right">6 de mayo</td>');
  });
});

describe('an article with a table and a bare URL: content:check', { timeout: 60_000 }, () => {
  beforeAll(() => {
    syncTranslations(root);
  });

  it('reports no errors or warnings once the translations are recorded', () => {
    const report = buildContentReport(root);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(formatReport(report).split('\n').at(-1)).toBe('1 article(s): 0 error(s), 0 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 0 page residue');
  });

  it('lists the table as a translated block of kind table, with no beads', () => {
    const reported = buildContentReport(root).articles[0]?.blocks.find((b) => b.id === ids.table);
    expect(reported).toMatchObject({ kind: 'table', lang: 'en', translation: 'ok' });
    expect(reported).not.toHaveProperty('alignment');
  });

  it('passes npm run content:check -- --strict', () => {
    const { status, stdout, stderr } = runScript('content/check.ts', ['--strict'], root);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^\\s+8\\s+${ids.table}\\s+table\\s+en\\b.*es: ok$`, 'm'));
  });
});

describe('translationFlow: a table', () => {
  const original: Flow = { type: 'table', rows: [[[{ type: 'text', value: 'Line' }]], [[{ type: 'text', value: 'Red' }]]] };

  it('reads a translated table as a table, with its own rows and cells', () => {
    expect(translationFlow('| Línea |\n| --- |\n| Roja |\n| Azul |', original)).toEqual({
      type: 'table',
      rows: [[[{ type: 'text', value: 'Línea' }]], [[{ type: 'text', value: 'Roja' }]], [[{ type: 'text', value: 'Azul' }]]],
    });
  });

  it('shows a table translated as plain text as a paragraph of that text', () => {
    const flow = translationFlow('Línea roja\n\nLínea azul', original);
    expect(flow.type).toBe('paragraph');
    expect(flowText(flow)).toBe('Línea roja\nLínea azul');
  });
});
