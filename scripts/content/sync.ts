/**
 * `npm run content:sync [-- --confirm <slug>:<id> …] [--confirm-alignment <slug>:<id> …] [--prune]`:
 * brings locales/ in step with content/ without ever changing or dropping a translation (see
 * lib/content/authoring/sync.ts). Exits 2, writing nothing, on a bad argument or a
 * --confirm-alignment target that names no translated block.
 */
import { formatSyncResult, syncTranslations } from '@/lib/content/authoring/sync';

const usage = 'usage: npm run content:sync [-- --confirm <slug>:<id> …] [--confirm-alignment <slug>:<id> …] [--prune]';
const argv = process.argv.slice(2);
const confirm: string[] = [];
const confirmAlignment: string[] = [];
let prune = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  if (arg === '--prune') prune = true;
  else if (arg === '--confirm' && argv[i + 1]) confirm.push(argv[++i]!);
  else if (arg.startsWith('--confirm=')) confirm.push(arg.slice('--confirm='.length));
  else if (arg === '--confirm-alignment' && argv[i + 1]) confirmAlignment.push(argv[++i]!);
  else if (arg.startsWith('--confirm-alignment=')) confirmAlignment.push(arg.slice('--confirm-alignment='.length));
  else {
    console.error(`content:sync: unexpected argument "${arg}"\n${usage}`);
    process.exit(2);
  }
}

const result = syncTranslations(process.cwd(), { confirm, confirmAlignment, prune });
if (result.refusedTargets.length > 0) {
  console.error(formatSyncResult(result));
  process.exit(2);
}
console.log(formatSyncResult(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
