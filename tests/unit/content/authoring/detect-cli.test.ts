import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repo } from '@/tests/unit/support';
import { describe, expect, it } from 'vitest';
import { detectLine } from '@/lib/content/authoring/detect-stream';

const root = repo;
const timeCommand = '/usr/bin/time';
const canMeasure = existsSync(timeCommand);

// The seed's paragraphs (20 English, 1 Spanish, 1 too short to call): real lengths, so that
// 100,000 lines are 23 MB, enough that holding them would show in the peak memory.
const sentences = readFileSync(path.join(root, 'tests', 'fixtures', 'belarus-cuba-military-ties.txt'), 'utf8')
  .trimEnd()
  .split('\n');
const answers = sentences.map((sentence) => JSON.stringify(detectLine(sentence)));

/** `npx tsx scripts/content/detect.ts`, under `/usr/bin/time -v` where there is one, for its peak memory. */
function startDetect() {
  const command = ['npx', 'tsx', 'scripts/content/detect.ts'];
  const child = canMeasure ? spawn(timeCommand, ['-v', ...command], { cwd: root }) : spawn('npx', command.slice(1), { cwd: root });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));

  let answered = 0;
  let wrong: string | undefined;
  let rest = '';
  let waiting: { count: number; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line !== answers[answered % answers.length]) wrong ??= `line ${answered + 1}: ${line}`;
      answered += 1;
    }
    for (const waiter of waiting.filter((w) => answered >= w.count)) waiter.resolve();
    waiting = waiting.filter((w) => answered < w.count);
  });

  return {
    /** Feeds input lines `from` to `to` (exclusive), waiting whenever the pipe is full. */
    async feed(from: number, to: number) {
      for (let start = from; start < to; start += 1000) {
        let text = '';
        for (let i = start; i < Math.min(start + 1000, to); i++) text += `${sentences[i % sentences.length]}\n`;
        if (!child.stdin.write(text)) await once(child.stdin, 'drain');
      }
    },
    /** Resolves once `count` answers came out, or rejects after `ms`. */
    answeredAtLeast(count: number, ms: number) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${answered} of ${count} answers after ${ms} ms`)), ms);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        if (answered >= count) done();
        else waiting.push({ count, resolve: done });
      });
    },
    async finish() {
      child.stdin.end();
      const [code] = (await once(child, 'close')) as [number | null];
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      return { code, answered, wrong, unterminated: rest, stderr, peakKb: peak ? Number(peak) : undefined };
    },
  };
}

describe('npm run detect, end to end', () => {
  it(
    'answers 100,000 lines, in order, as they arrive, in bounded memory',
    async () => {
      const small = startDetect();
      await small.feed(0, 3);
      const baseline = await small.finish();
      expect(baseline).toMatchObject({ code: 0, answered: 3, wrong: undefined });

      const detect = startDetect();
      // Answers come out while the input is still open: the lines are not read in first.
      await detect.feed(0, 1000);
      await detect.answeredAtLeast(1000, 30_000);
      await detect.feed(1000, 100_000);
      const result = await detect.finish();

      // Nothing on stderr but /usr/bin/time's report.
      expect(result.stderr.split(/^\tCommand being timed:/m)[0]).toBe('');
      expect(result).toMatchObject({ code: 0, answered: 100_000, wrong: undefined, unterminated: '' });
      if (!canMeasure) return;
      // Measured: about 40 MB above a 3-line run (garbage not yet collected); reading every
      // line in before answering, about 115 MB.
      const growthMb = (result.peakKb! - baseline.peakKb!) / 1024;
      expect(growthMb).toBeLessThan(80);
    },
    120_000,
  );
});
