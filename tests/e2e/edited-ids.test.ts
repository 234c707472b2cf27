import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentReport } from '@/lib/content/authoring/check';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { languages } from '@/lib/i18n/config';
import { startNextServer, type RunningServer } from '@/scripts/support/next-server';
import { makeScratchProject, type ScratchProject } from '@/scripts/support/scratch-project';
import { startStaticServer } from '@/scripts/static-server';
import { hydrated, setUpBrowser } from './browser';

// Issue 16: an editor fixes a figure in a paragraph's first six words, which changes its ID,
// and keeps the old ID with the command content:check prints. The old paragraph link, `#`
// fragment and `flip=` must still reach the block, under `next start` and in the export. The
// site is a scratch copy of this one holding only that article, built both ways.

const lead = 'More than 200,000 riders lost their bus service on Monday when drivers walked out.';
const oldId = 'more-than-200-000-riders-lost';
const newId = 'more-than-210-000-riders-lost';
const spanishLead =
  'Más de 200.000 usuarios se quedaron sin autobús el lunes cuando los conductores abandonaron el trabajo.';
const article = (first: string) =>
  `---\ntitle: A strike on the buses\npublished: 2026-11-29\n---\n\n${first}\n\nThe county said talks with the union would resume on Thursday morning.\n`;

const { newPage } = setUpBrowser();
let scratch: ScratchProject;
const servers: RunningServer[] = [];

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: scratch.dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  scratch = makeScratchProject('.scratch', 'edited-ids', {
    entries: ['app', 'components', 'lib', 'scripts', 'proxy.ts', 'tsconfig.json', 'package.json'],
    config: { base: true },
  });
  const file = (...parts: string[]) => path.join(scratch.dir, ...parts);
  for (const lng of languages) {
    mkdirSync(file('locales', lng), { recursive: true });
    writeFileSync(file('locales', lng, 'common.json'), readFileSync(path.join('locales', lng, 'common.json')));
  }
  mkdirSync(file('content'));
  writeFileSync(file('content/strike.md'), article(lead));
  writeFileSync(
    file('locales/es/strike.json'),
    `${JSON.stringify({ title: 'Una huelga en los autobuses', blocks: { [oldId]: spanishLead } }, null, 2)}\n`,
  );
  syncTranslations(scratch.dir); // published: the old ID is recorded in content/strike.ids.json

  // The typo fix; content:check names the lost ID and the block it became; the command it prints.
  writeFileSync(file('content/strike.md'), article(lead.replace('200,000', '210,000')));
  const lost = buildContentReport(scratch.dir).errors.find((p) => p.message.includes(oldId));
  expect(lost?.message).toContain(`--keep-id strike:${oldId}=${newId}`);
  syncTranslations(scratch.dir, { keepId: [`strike:${oldId}=${newId}`] });
  expect(readFileSync(file('content/strike.md'), 'utf8')).toContain(`{alias=${oldId}}`);

  run('npx', ['tsx', 'scripts/content/build.ts']);
  run('npx', ['next', 'build']);
  run('npx', ['tsx', 'scripts/export.ts']);
  rmSync(file('.scratch'), { recursive: true, force: true });
  servers.push(await startNextServer({ cwd: scratch.dir }), await startStaticServer(file('out')));
}, 900_000);

afterAll(() => {
  for (const server of servers) server.stop();
  scratch?.remove();
});

describe.each([
  ['next start', 0],
  ['the static export', 1],
])('a published ID an edit changed, kept as an alias (%s)', (_, which) => {
  const base = () => servers[which]!.url;

  it('answers its paragraph link with the edited block', async () => {
    const response = await fetch(`${base()}/en/articles/strike/p/${oldId}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('More than 210,000 riders');
  });

  it('follows its # fragment and flip= to the block, shown in its translation', async () => {
    const page = await newPage({ baseURL: base() });
    await page.goto(`/en/articles/strike?flip=${oldId}#${oldId}`);
    await hydrated(page);
    const spanish = page.locator(`[id="${newId}"] .version[lang="es"]`);
    expect(await spanish.isVisible()).toBe(true);
    expect(await spanish.innerText()).toBe(spanishLead);
    expect(await page.evaluate(() => document.activeElement?.closest('.block')?.id)).toBe(newId);
    expect(await page.locator(`input[name="flip"][value="${newId}"]`).isChecked(), 'its flip switch is on').toBe(true);
  });
});
