// Next.js renders the 404 page once, for every unknown address, so it holds a section in each
// language; before the first paint, its script (lib/pre-paint/not-found.ts) keeps the one its
// address is in.

/** The class of the 404 page's section in each language (`NotFoundMessage`), marked by its `lang`. */
export const notFoundSectionClass = 'not-found';
