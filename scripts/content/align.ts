/**
 * `npm run --silent align`: reads JSON lines `{"en":"…","es":"…"}` from stdin and writes, one
 * line each, in order, both sides' sentences and how they pair:
 * `{"en":[…],"es":[…],"pairs":[[[0],[0]],…],"suspect":false}`, or `{"error":"…"}` for a bad line.
 */
import { alignLines } from '@/lib/content/authoring/align-stream';
import { readArguments } from '@/scripts/support/command-line';

readArguments('align', `usage: npm run --silent align < pairs.jsonl
  reads {"en":"…","es":"…"} a line; writes each side's sentences and how they pair`, {});

/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other filters do. */
function exitIfPipeClosed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
}

process.stdout.on('error', exitIfPipeClosed);
await alignLines(process.stdin, process.stdout).catch(exitIfPipeClosed);
