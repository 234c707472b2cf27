import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentReport, type BlockReport } from '@/lib/content/authoring/check';
import { detectLines } from '@/lib/content/authoring/detect-stream';
import { detectLanguage } from '@/lib/content/build/detect/detect-language';
import { loadContent } from '@/lib/content/build/read-sources';
import { flowText } from '@/lib/content/article';
import { repo } from '@/tests/unit/support';

// The seed, the hand-written article quoting Spanish, and the paragraphs quoting across
// languages: every block, single-language and mixed, as `content:check` reports it.
const articles = {
  'belarus-cuba-military-ties': path.join('content', 'belarus-cuba-military-ties.md'),
  'english-reporting-quoting-spanish': path.join('tests', 'fixtures', 'english-reporting-quoting-spanish.md'),
  'quotes-across-languages': path.join('tests', 'fixtures', 'quotes-across-languages.md'),
};

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-detect-as-build-'));
  mkdirSync(path.join(root, 'content'));
  for (const [slug, file] of Object.entries(articles)) copyFileSync(path.join(repo, file), path.join(root, 'content', `${slug}.md`));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The answers of `detectLines` to `lines`, piped through as one stream. */
async function detect(lines: string[]): Promise<unknown[]> {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      output += chunk.toString();
      callback();
    },
  });
  await detectLines(Readable.from([Buffer.from(lines.map((line) => `${line}\n`).join(''))]), sink);
  return output
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as unknown);
}

/** What the build decided for a block, in the shape of a `content:detect` answer. */
const decision = ({ lang, confidence, decidedBy, segments }: BlockReport) => ({
  lang,
  confidence,
  decidedBy,
  ...(segments ? { runs: segments } : {}),
});

/** Every block's plain text, with the build's decision for it as `content:check` reports it. */
function builtBlocks(contentRoot: string) {
  const built = loadContent(contentRoot);
  const report = buildContentReport(contentRoot);
  return built.flatMap((article, a) =>
    article.blocks.map((block, b) => ({
      text: flowText(block.versions[block.lang]!),
      decision: decision(report.articles[a]!.blocks[b]!),
    })),
  );
}

describe('content:detect and the build', () => {
  it('answer every block of the seed and of the mixed samples alike: lang, confidence, decidedBy and runs', async () => {
    const blocks = builtBlocks(root);
    expect(blocks).toHaveLength(21 + 11 + 2);
    // Each block is one line of detect's input.
    for (const { text } of blocks) expect(text).not.toContain('\n');
    const answers = await detect(blocks.map((b) => b.text));
    expect(answers).toEqual(blocks.map((b) => b.decision));
    // The samples hold mixed blocks in both directions.
    const mixed = blocks.filter((b) => 'runs' in b.decision).map((b) => b.decision.lang);
    expect(mixed).toEqual(['en', 'en', 'en', 'en', 'en', 'es']);
  });

  it('answer a mixed paragraph with its runs, where detecting the whole text at once would disagree', async () => {
    const blocks = builtBlocks(root);
    const mayor = blocks.find((b) => b.text.startsWith('The mayor of Trinidad'))!;
    expect(mayor.decision).toMatchObject({ lang: 'en', decidedBy: 'detected' });
    expect(mayor.decision.runs?.map((r) => r.lang)).toEqual(['en', 'es', 'en']);
    expect(detectLanguage(mayor.text).confidence).not.toBe(mayor.decision.confidence);
    expect(await detect([mayor.text])).toEqual([mayor.decision]);
  });

  it('agree on a block too short to call, but for the language its neighbours give it', async () => {
    const english = 'The minister traveled to Havana and signed a cooperation agreement with his counterpart.';
    writeFileSync(path.join(root, 'content', 'short-block.md'), `---\ntitle: A short block\n---\n\n${english}\n\nHola\n\n${english}\n`);
    try {
      const article = loadContent(root).find((a) => a.slug === 'short-block')!;
      const report = buildContentReport(root).articles.find((a) => a.slug === 'short-block')!;
      expect(report.blocks.map(decision)[1]).toEqual({ lang: 'en', confidence: 0, decidedBy: 'context' });
      const [answer] = await detect([flowText(article.blocks[1]!.versions.en!)]);
      // Alone, the text has no neighbours: detect says it cannot decide, and that the build will not either.
      expect(answer).toEqual({ lang: 'und', confidence: 0, decidedBy: 'context' });
    } finally {
      rmSync(path.join(root, 'content', 'short-block.md'));
    }
  });
});
