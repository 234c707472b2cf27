/**
 * `npm run --silent content:detect`: reads plain text from stdin, one item a line, and writes
 * the language of each exactly as the content build decides a block of that text, one JSON
 * object a line: `{"lang":"en"|"es"|"und","confidence":0..1,"decidedBy":"detected"|"context"}`,
 * and for a mixed item `"runs":[{"lang","decidedBy","text"},…]` as `content:check` lists them
 * (docs/authoring.md).
 */
import { detectLines } from '@/lib/content/authoring/detect-stream';
import { readArguments } from '@/scripts/support/command-line';

readArguments('content:detect', `usage: npm run --silent content:detect < lines.txt
  one JSON object a line: {"lang","confidence","decidedBy"} and, for a mixed line, its "runs"`, {});

/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other filters do. */
function exitIfPipeClosed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
}

process.stdout.on('error', exitIfPipeClosed);
await detectLines(process.stdin, process.stdout).catch(exitIfPipeClosed);
