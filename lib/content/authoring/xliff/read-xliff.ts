import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { ContentError } from '@/lib/content/content-error';
import { XliffEvents } from './xliff-events';
import type { IncomingDocument } from './xliff-document';

/**
 * The largest XLIFF file read: an article of 5,000 blocks with every note exports in well under
 * this (docs/BENCHMARKS.md), so a larger file is not one of ours and is refused unread.
 */
export const maxXliffBytes = 32 * 2 ** 20;

const chunkBytes = 2 ** 20;

/**
 * Reads an XLIFF 1.2 or 2.0 file as a stream, checking it as it goes: UTF-8, well-formed XML,
 * the root's version and namespace in agreement, one `<file>`, and no DOCTYPE at all (an XLIFF
 * file needs none; refusing it refuses entity bombs and external entities before either could
 * expand or read a file). A file over `maxXliffBytes` is refused before a byte of it is read.
 *
 * @param file the file's path, relative to `root` or absolute: messages name it as given
 * @throws ContentError naming the file and the line of the first problem
 */
export function readXliff(root: string, file: string): IncomingDocument {
  const fail = (line: number | undefined, message: string) => new ContentError(file, line, message);
  let descriptor: number;
  try {
    descriptor = openSync(path.resolve(root, file), 'r');
  } catch (error) {
    throw fail(undefined, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot be read: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) throw fail(undefined, 'is not a file');
    if (stat.size > maxXliffBytes) {
      throw fail(undefined, `is ${megabytes(stat.size)}: an XLIFF file of one article is at most ${megabytes(maxXliffBytes)}, so this one was not read`);
    }
    const parser = new SaxesParser({ xmlns: true, position: true });
    const events = new XliffEvents(parser, fail);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(chunkBytes);
    const feed = (text: string) => {
      try {
        parser.write(text);
      } catch (error) {
        throw asContentError(error, parser, fail);
      }
    };
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) {
      feed(decode(decoder, buffer.subarray(0, read), parser, fail));
    }
    feed(decode(decoder, undefined, parser, fail));
    try {
      parser.close();
    } catch (error) {
      throw asContentError(error, parser, fail);
    }
    return events.document(file);
  } finally {
    closeSync(descriptor);
  }
}

type Fail = (line: number | undefined, message: string) => ContentError;

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined, parser: SaxesParser, fail: Fail): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw fail(parser.line, 'is not valid UTF-8 after this line: save it as UTF-8');
  }
}

/** A parser's error (malformed XML) or one our handlers threw, as a ContentError at its line. */
function asContentError(error: unknown, parser: SaxesParser, fail: Fail): ContentError {
  if (error instanceof ContentError) return error;
  // saxes writes "line:column: message"; the line is put back by ContentError.
  const message = (error as Error).message.replace(/^\d+:\d+: /, '');
  return fail(parser.line, `malformed XML: ${message}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
