import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repo } from '@/tests/unit/support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/build/parse/parse-article';

const root = repo;
const seedFile = path.join(root, 'tests', 'fixtures', 'belarus-cuba-military-ties.txt');
const seedLines = readFileSync(seedFile, 'utf8').trimEnd().split('\n');
const seedSlug = 'the-chief-of-the-general-staff-of-the-armed-forces-of';
const usage = 'usage: npm run content:new -- <file.txt> [--slug <slug>] [--title <title>] [--keep-all]';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paralelo-content-new-'));
  for (const folder of ['content', 'locales/en', 'locales/es']) mkdirSync(path.join(dir, folder), { recursive: true });
  copyFileSync(seedFile, path.join(dir, 'article.txt'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the script in the temporary project, as `npm run content:new -- …args` would from its root. */
function contentNew(args: string[], env: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--tsconfig', path.join(root, 'tsconfig.json'), path.join(root, 'scripts', 'content', 'new.ts'), ...args],
    // npm sets INIT_CWD for `npm test` too (spawn leaves out undefined variables).
    { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: undefined, ...env } },
  );
  return { code: status, stdout, stderr };
}

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const contentFiles = () => readdirSync(path.join(dir, 'content'));

describe('npm run content:new, end to end', { timeout: 60_000 }, () => {
  it('writes content/<slug>.md from the seed, readable by the build, and adds its keys to locales/', () => {
    const { code, stdout, stderr } = contentNew(['article.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const file = `content/${seedSlug}.md`;
    const { frontMatter, blocks } = parseArticle(read(file), file);
    expect(frontMatter).toEqual({ title: seedLines[0] });
    // The last line, "Filed under:", is page residue.
    expect(blocks.map((b) => b.text)).toEqual(seedLines.slice(1, -1));

    const spanish = JSON.parse(read(`locales/es/${seedSlug}.json`)) as { title: string; blocks: Record<string, string> };
    expect(spanish.title).toBe('');
    expect(Object.keys(spanish.blocks)).toHaveLength(19);
    expect(spanish.blocks['the-belarusian-ministry-of-defense-confirmed']).toBe('');
    expect(JSON.parse(read(`locales/en/${seedSlug}.json`))).toEqual({ blocks: { 'la-visita-del-jefe-del-estado': '' } });

    expect(stdout).toContain(`created ${file}\nleft out page residue: line 22 "Filed under:" (topic label)\n`);
    expect(stdout).toContain(`added (to translate) locales/en/${seedSlug}.json: la-visita-del-jefe-del-estado\n`);
    expect(stdout).toContain(`added (to translate) locales/es/${seedSlug}.json: title, the-belarusian-ministry-of-defense-confirmed,`);
    expect(stdout).toContain(
      [
        'Next:',
        `  - fill in lang, published and source in ${file}, or delete their lines`,
        `  - if a line left out is article text, add it to ${file} ending with {lang=en} or {lang=es}, then run npm run content:sync`,
        `  - translate the empty values in locales/en/${seedSlug}.json`,
        `  - translate the empty values in locales/es/${seedSlug}.json`,
        '  - run npm run content:check',
      ].join('\n'),
    );
  });

  it('refuses to overwrite an article that exists, leaving it as it was', () => {
    expect(contentNew(['article.txt']).code).toBe(0);
    const before = read(`content/${seedSlug}.md`);
    writeFileSync(path.join(dir, 'other.txt'), `${seedLines[0]}\nAnother paragraph.\n`);

    const { code, stdout, stderr } = contentNew(['other.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe(`content:new: content/${seedSlug}.md already exists: give another --slug, or edit that file\n`);
    expect(stdout).toBe('');
    expect(read(`content/${seedSlug}.md`)).toBe(before);
  });

  it('takes the title and slug given, keeping the first line as a paragraph', () => {
    const { code } = contentNew(['article.txt', '--title', 'Belarus and Cuba: closer', '--slug', 'belarus-cuba']);
    expect(code).toBe(0);
    const { frontMatter, blocks } = parseArticle(read('content/belarus-cuba.md'), 'content/belarus-cuba.md');
    expect(frontMatter.title).toBe('Belarus and Cuba: closer');
    expect(blocks.map((b) => b.text)).toEqual(seedLines.slice(0, -1));
  });

  it('names every line of page residue it leaves out, with its line number in the file and its kind', () => {
    const pasted = [
      'Havana goes dark for a third day',
      '',
      'Por Ana Ruiz',
      '',
      'The grid failed again on Tuesday night, leaving most of the island without power.',
      '',
      'Advertisement',
      '',
      'Lee también: La Habana sin luz',
      '',
      'Officials promised repairs by the weekend.',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'pasted.txt'), pasted);
    const { code, stdout, stderr } = contentNew(['pasted.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = 'content/havana-goes-dark-for-a-third-day.md';
    expect(parseArticle(read(file), file).blocks.map((b) => b.text)).toEqual([
      'The grid failed again on Tuesday night, leaving most of the island without power.',
      'Officials promised repairs by the weekend.',
    ]);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      `created ${file}`,
      'left out page residue: line 3 "Por Ana Ruiz" (byline)',
      'left out page residue: line 7 "Advertisement" (advertisement label)',
      'left out page residue: line 9 "Lee también: La Habana sin luz" (link label)',
    ]);
  });

  it('keeps every line with --keep-all, and says nothing of residue', () => {
    const { code, stdout, stderr } = contentNew(['article.txt', '--keep-all']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = `content/${seedSlug}.md`;
    expect(parseArticle(read(file), file).blocks.map((b) => b.text)).toEqual(seedLines.slice(1));
    expect(Object.keys((JSON.parse(read(`locales/es/${seedSlug}.json`)) as { blocks: object }).blocks)).toHaveLength(20);
    expect(stdout).not.toMatch(/left out/);
  });

  it('says so when the text is nothing but page residue', () => {
    writeFileSync(path.join(dir, 'residue.txt'), 'A title\nAdvertisement\nRead more\n');
    expect(contentNew(['residue.txt'])).toMatchObject({
      code: 1,
      stderr: 'content:new: residue.txt: the text has a title ("A title") but no paragraphs besides page residue (--keep-all keeps it)\n',
    });
    expect(contentFiles()).toEqual([]);
  });

  it('reads a relative path from where npm was run (INIT_CWD)', () => {
    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'drafts', 'draft.txt'), 'A draft\nIts only paragraph.\n');
    expect(contentNew(['draft.txt'], { INIT_CWD: path.join(dir, 'drafts') }).code).toBe(0);
    expect(contentFiles()).toEqual(['a-draft.ids.json', 'a-draft.md', 'a-draft.updated.json']);
  });

  it.each([
    [[], 'content:new: name the text file to turn into an article'],
    [['article.txt', 'other.txt'], 'content:new: one file at a time, not also other.txt'],
    [['article.txt', '--nope'], "content:new: Unknown option '--nope'"],
    [['article.txt', '--slug'], "content:new: Option '--slug <value>' argument missing"],
    [['article.txt', '--title', ' '], 'content:new: --title must not be empty'],
    [['article.txt', '--keep-all=yes'], "content:new: Option '--keep-all' does not take an argument"],
    [
      ['article.txt', '--slug', 'Bad Slug'],
      'content:new: slug "Bad Slug" may only hold lowercase ASCII letters, digits and single hyphens (like belarus-cuba-visit)',
    ],
  ])('exits 2 with the problem and the usage for arguments %j', (args, problem) => {
    const { code, stderr } = contentNew(args);
    expect(code).toBe(2);
    // Node words the option errors; the rest is ours.
    const [message, ...rest] = stderr.split('\n');
    expect(message?.startsWith(problem)).toBe(true);
    expect(rest).toEqual([usage, '']);
    expect(contentFiles()).toEqual([]);
  });

  it('prints the usage for --help', () => {
    expect(contentNew(['--help'])).toEqual({ code: 0, stdout: `${usage}\n`, stderr: '' });
  });

  it('names a file it cannot read', () => {
    expect(contentNew(['missing.txt'])).toMatchObject({ code: 1, stderr: 'content:new: cannot read missing.txt: no such file\n' });
    expect(contentNew(['content'])).toMatchObject({ code: 1, stderr: expect.stringContaining('content:new: cannot read content: EISDIR') });
    expect(contentFiles()).toEqual([]);
  });

  it('names a file that is not UTF-8', () => {
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Año nuevo\nUn párrafo.\n', 'latin1'));
    expect(contentNew(['latin1.txt'])).toMatchObject({
      code: 1,
      stderr: 'content:new: latin1.txt is not UTF-8 text: save it with UTF-8 encoding and try again\n',
    });
    expect(contentFiles()).toEqual([]);
  });

  it('names a file with nothing to make an article of', () => {
    writeFileSync(path.join(dir, 'empty.txt'), '\n\n');
    expect(contentNew(['empty.txt'])).toMatchObject({
      code: 1,
      stderr: 'content:new: empty.txt: the text is empty: an article needs a title and at least one paragraph\n',
    });
  });

  it('says so when the article is written but its keys cannot be added to locales/', () => {
    rmSync(path.join(dir, 'locales', 'es'), { recursive: true });
    writeFileSync(path.join(dir, 'locales', 'es'), 'a file where a folder should be');
    const { code, stdout, stderr } = contentNew(['article.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe(`created content/${seedSlug}.md\nleft out page residue: line 22 "Filed under:" (topic label)\n`);
    expect(stderr).toMatch(
      new RegExp(`^content:new: content/${seedSlug}\\.md is written, but adding its keys to locales/ failed \\(E[A-Z]+: .*\\): fix that, then run npm run content:sync\n$`),
    );
  });

  it('stops outside a project, where there is no content/ folder', () => {
    rmSync(path.join(dir, 'content'), { recursive: true });
    const { code, stderr } = contentNew(['article.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe(`content:new: no content/ folder in ${dir}: run this from the project's root\n`);
  });
});
