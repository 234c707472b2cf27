import { updatedFile } from '@/lib/content/files';
import { updatedRecordSchema, type UpdatedRecord } from '@/lib/content/schemas';
import { readRecordFile } from './record-file';

/**
 * What `content:sync` recorded of when the text of `slug` last changed (`content/<slug>.updated.json`),
 * or undefined when it has recorded nothing yet.
 *
 * @throws ContentError naming the file when it is not a valid record
 */
export function readUpdatedRecord(root: string, slug: string): UpdatedRecord | undefined {
  const shape = '{"fingerprint": "…", "updated": "YYYY-MM-DDThh:mm:ssZ"}: run npm run content:sync';
  return readRecordFile(root, updatedFile(slug), updatedRecordSchema, shape);
}
