// A reader's view and flips for an article, kept in the browser for their next visit.

/** The localStorage key of an article's reader state in one page language. */
export function storageKey(lng: string, slug: string): string {
  return `paralelo:reader:${lng}:${slug}`;
}

/** The id of the element that holds an article's blocks and carries the view (`BlockList`). */
export const blocksElementId = 'reader_blocks';
