import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content/content-error';
import { updatedFile } from '@/lib/content/files';
import { updatedRecordSchema, type UpdatedRecord } from '@/lib/content/schemas';

/**
 * What `content:sync` recorded of when the text of `slug` last changed (`content/<slug>.updated.json`),
 * or undefined when it has recorded nothing yet.
 *
 * @throws ContentError naming the file when it is not a valid record
 */
export function readUpdatedRecord(root: string, slug: string): UpdatedRecord | undefined {
  const file = updatedFile(slug);
  const full = path.join(root, file);
  if (!existsSync(full)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new ContentError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = updatedRecordSchema.safeParse(json);
  if (!parsed.success) {
    throw new ContentError(file, undefined, 'must be {"fingerprint": "…", "updated": "YYYY-MM-DDThh:mm:ssZ"}: run npm run content:sync');
  }
  return parsed.data;
}
