import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Reads `input` line by line as it arrives and writes `answer(line)` and a newline to `output`
 * for each, in input order. Only the line being read is held in memory, and writing waits while
 * `output` is full.
 *
 * Lines end with LF or CRLF; a last line without one counts, and a leading BOM is dropped.
 * `output` is left open.
 *
 * @param input UTF-8 bytes, or strings
 * @returns how many lines were read
 */
export async function mapLines(
  input: Readable,
  output: Writable,
  answer: (line: string) => string,
): Promise<{ lines: number }> {
  const decoder = new StringDecoder('utf8');
  let lines = 0;
  let pending = '';

  const emit = async (line: string) => {
    const text = (lines === 0 ? line.replace(/^\uFEFF/, '') : line).replace(/\r$/, '');
    lines += 1;
    await write(output, `${answer(text)}\n`);
  };

  for await (const chunk of input) {
    const searched = pending.length;
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = pending.indexOf('\n', searched); end !== -1; end = pending.indexOf('\n', start)) {
      await emit(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending) await emit(pending);
  return { lines };
}

/** Writes `text`, then waits while `output` is full; rejects with the output's error if it fails. */
function write(output: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A write to an output that already failed reports only "destroyed": report the failure itself.
    const fail = (error?: Error | null) => error && reject(output.errored ?? error);
    if (output.write(text, fail)) resolve();
    else output.once('drain', resolve);
  });
}
