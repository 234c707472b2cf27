import { createHash } from 'node:crypto';

/** A short fingerprint of the original a translation was made from. */
export function sourceHash(original: string): string {
  return createHash('sha256').update(original).digest('hex').slice(0, 16);
}

