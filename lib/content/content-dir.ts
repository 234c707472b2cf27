import path from 'node:path';

/** Where `npm run content` writes the built articles the app renders. */
export const builtContentDir = path.join(process.cwd(), '.content');
