import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { blockLanguage } from '@/lib/content/build/detect/block-language';
import { detectLine, detectLines } from '@/lib/content/authoring/detect-stream';

const english = 'The Belarusian Ministry of Defense confirmed its arrival, although it did not provide details.';
const spanish = 'La visita del jefe del Estado Mayor bielorruso a Cuba no puede leerse aisladamente.';

/** The raw output of `detectLines` over `chunks`, each a separate read; text is read as UTF-8 bytes, like stdin. */
async function run(chunks: (string | Uint8Array)[], { asStrings = false } = {}): Promise<{ lines: number; output: string }> {
  const input = Readable.from(asStrings ? chunks : chunks.map((chunk) => Buffer.from(chunk)));
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      output += chunk.toString();
      callback();
    },
  });
  const { lines } = await detectLines(input, sink);
  return { lines, output };
}

/** One parsed result per output line, for `text` read as UTF-8 bytes. */
async function detect(text: string | Uint8Array[]) {
  const { lines, output } = await run(typeof text === 'string' ? [text] : text);
  return { lines, output, results: output.split('\n').slice(0, -1).map((line) => JSON.parse(line) as unknown) };
}

const expected = detectLine;
const undecided = { lang: 'und', confidence: 0, decidedBy: 'context' };

describe('detectLines', () => {
  it('writes one JSON object a line, {"lang","confidence","decidedBy"}, for a line in one language', async () => {
    const { output, lines } = await run([`${english}\n`]);
    const { confidence } = blockLanguage(english);
    expect(output).toBe(`{"lang":"en","confidence":${confidence},"decidedBy":"detected"}\n`);
    expect(lines).toBe(1);
  });

  it('adds the runs of each language, as content:check lists them, for a mixed line', async () => {
    const mixed =
      'Hernández read the statement to reporters outside the ministry. “No vamos a cerrar la frontera mientras siga la negociación,” he said, and then went back inside.';
    const { output } = await run([`${mixed}\n`]);
    const { confidence } = blockLanguage(mixed);
    expect(output).toBe(
      `{"lang":"en","confidence":${confidence},"decidedBy":"detected","runs":[` +
        '{"lang":"en","decidedBy":"detected","text":"Hernández read the statement to reporters outside the ministry."},' +
        '{"lang":"es","decidedBy":"detected","text":"“No vamos a cerrar la frontera mientras siga la negociación,”"},' +
        '{"lang":"en","decidedBy":"detected","text":"he said, and then went back inside."}]}\n',
    );
  });

  it('keeps the input order', async () => {
    const inputs = [english, spanish, english, 'Привет, как дела у тебя сегодня вечером', spanish];
    const { results } = await detect(`${inputs.join('\n')}\n`);
    expect(results.map((r) => (r as { lang: string }).lang)).toEqual(['en', 'es', 'en', 'und', 'es']);
    expect(results).toEqual(inputs.map(expected));
  });

  it('answers every line, empty ones with und and confidence 0', async () => {
    const { results, lines } = await detect(`${english}\n\n\n${spanish}\n\n`);
    expect(lines).toBe(5);
    expect(results).toEqual([expected(english), undecided, undecided, expected(spanish), undecided]);
  });

  it('answers a last line that has no line end', async () => {
    const { results, lines } = await detect(`${english}\n${spanish}`);
    expect(lines).toBe(2);
    expect(results).toEqual([expected(english), expected(spanish)]);
  });

  it('writes nothing for no input, and one answer for a lone line end', async () => {
    expect(await run([])).toEqual({ lines: 0, output: '' });
    expect(await run([''])).toEqual({ lines: 0, output: '' });
    expect(await detect('\n')).toMatchObject({ lines: 1, results: [undecided] });
  });

  it('reads CRLF line ends as LF ones, detecting the text without the carriage return', async () => {
    const lf = await run([`${english}\n\n${spanish}\n`]);
    const crlf = await run([`${english}\r\n\r\n${spanish}\r\n`]);
    expect(crlf).toEqual(lf);
  });

  it('strips a trailing \\r from a last line without a line end', async () => {
    expect(await run([`${spanish}\r`])).toEqual(await run([spanish]));
  });

  it('drops a leading BOM, and only there', async () => {
    expect(await run([`\uFEFF${english}\n${spanish}\n`])).toEqual(await run([`${english}\n${spanish}\n`]));
    const { results } = await detect(`${english}\n\uFEFF${english}\n`);
    expect(results[1]).toEqual(expected(`\uFEFF${english}`));
  });

  it('joins lines and characters split across chunks', async () => {
    const bytes = Buffer.from(`${spanish} Año, señal, acción.\n${english}\n`);
    const oneByteChunks = [...bytes].map((byte) => Uint8Array.of(byte));
    expect(await run(oneByteChunks)).toEqual(await run([bytes]));
    const { results } = await detect(oneByteChunks);
    expect(results).toEqual([expected(`${spanish} Año, señal, acción.`), expected(english)]);
  });

  it('accepts string chunks', async () => {
    const chunks = [`${english}\nLa visita del jefe`, ' del Estado Mayor bielorruso a Cuba no puede leerse aisladamente.\n'];
    const { output } = await run(chunks, { asStrings: true });
    expect(output).toBe(`${JSON.stringify(expected(english))}\n${JSON.stringify(expected(spanish))}\n`);
  });

  it('says und for text in other scripts', async () => {
    const others = ['Привет, как дела у тебя сегодня вечером', '今日はとても良い天気ですね、散歩に行きましょう', 'مرحبا كيف حالك اليوم يا صديقي العزيز', 'Καλημέρα, τι κάνεις σήμερα το πρωί φίλε μου'];
    const { results } = await detect(others.join('\n'));
    expect(results.map((r) => (r as { lang: string }).lang)).toEqual(['und', 'und', 'und', 'und']);
  });

  it('answers a line too short to call as the build does a block of it: und, left to its context', async () => {
    const { results } = await detect('Filed under:\nHola\n42\n');
    expect(results).toEqual([{ lang: 'en', confidence: blockLanguage('Filed under:').confidence, decidedBy: 'detected' }, undecided, undecided]);
  });

  it('finds the seed’s Spanish paragraph Spanish and its English ones English', async () => {
    const seed = readFileSync(path.join('tests', 'fixtures', 'belarus-cuba-military-ties.txt'), 'utf8');
    const lines = seed.trimEnd().split('\n');
    const { results } = await detect(seed);
    expect(results).toHaveLength(22);
    const langs = results.map((r) => (r as { lang: string }).lang);
    const spanishAt = lines.findIndex((line) => line.startsWith('La visita del jefe del Estado Mayor bielorruso'));
    expect(langs[spanishAt]).toBe('es');
    expect(langs.filter((lang) => lang === 'es')).toHaveLength(1);
    // Every other line is English, the page residue "Filed under:" included.
    expect(langs.filter((lang) => lang === 'en')).toHaveLength(21);
    expect(langs.at(-1)).toBe('en');
  });

  it('gives confidences between 0 and 1', async () => {
    const { results } = await detect([english, spanish, '', 'Filed under:', 'Привет, как дела у тебя сегодня вечером'].join('\n'));
    for (const { confidence } of results as { confidence: number }[]) {
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it('answers each line as it arrives, before the input ends', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = detectLines(input, output);

    input.write(`${english}\n`);
    const [first] = (await Promise.race([
      once(output, 'data'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer before the input ended')), 2000)),
    ])) as [Buffer];
    expect(String(first)).toBe(`${JSON.stringify(expected(english))}\n`);

    input.end(`${spanish}\n`);
    expect(await done).toEqual({ lines: 2 });
  });

  it('waits for a slow output to drain instead of queueing every answer', async () => {
    let buffered = 0;
    let written = '';
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        buffered = Math.max(buffered, slow.writableLength);
        written += chunk.toString();
        setTimeout(callback, 1);
      },
    });
    const text = `${english}\n${spanish}\n`.repeat(50);
    const { lines } = await detectLines(Readable.from([Buffer.from(text)]), slow);
    expect(lines).toBe(100);
    expect(written.split('\n')).toHaveLength(101);
    // Never more than the one answer being written is waiting: the rest wait in the input.
    expect(buffered).toBeLessThanOrEqual(`${JSON.stringify(expected(english))}\n`.length + 10);
  });

  it('rejects when the output fails later, on the next line, instead of waiting forever', async () => {
    let writes = 0;
    const failsLate = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        if (writes === 1) setImmediate(() => callback(new Error('disk full')));
        else callback();
      },
    });
    failsLate.on('error', () => {});
    const input = new PassThrough();
    const done = detectLines(input, failsLate);
    input.write(`${english}\n`);
    setTimeout(() => input.end(`${spanish}\n`), 20);
    await expect(done).rejects.toThrow('disk full');
  });

  it('rejects when the output fails', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    broken.on('error', () => {});
    await expect(detectLines(Readable.from([Buffer.from(`${english}\n${spanish}\n`)]), broken)).rejects.toThrow('disk full');
  });
});
