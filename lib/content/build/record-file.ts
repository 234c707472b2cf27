import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ContentError } from '@/lib/content/content-error';

/**
 * A record the content tools keep beside an article (`content/<slug>.ids.json`,
 * `content/<slug>.updated.json`), parsed by `schema`, or undefined when there is none yet.
 *
 * @param expected what the record must look like, said when it does not
 * @throws ContentError naming the file when it is not JSON or not such a record
 */
export function readRecordFile<T>(root: string, file: string, schema: z.ZodType<T>, expected: string): T | undefined {
  const full = path.join(root, file);
  if (!existsSync(full)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new ContentError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ContentError(file, undefined, `must be ${expected}`);
  return parsed.data;
}
