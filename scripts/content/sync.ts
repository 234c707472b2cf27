/**
 * `npm run content:sync [-- --confirm <slug>:<id> …] [--prune]`: brings locales/ in step with
 * content/ without ever changing or dropping a translation (see lib/content/authoring/sync.ts).
 */
import { formatSyncResult, syncTranslations } from '@/lib/content/authoring/sync';

const argv = process.argv.slice(2);
const confirm: string[] = [];
let prune = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  if (arg === '--prune') prune = true;
  else if (arg === '--confirm' && argv[i + 1]) confirm.push(argv[++i]!);
  else if (arg.startsWith('--confirm=')) confirm.push(arg.slice('--confirm='.length));
  else {
    console.error(`content:sync: unexpected argument "${arg}"\nusage: npm run content:sync [-- --confirm <slug>:<id> …] [--prune]`);
    process.exit(2);
  }
}

const result = syncTranslations(process.cwd(), { confirm, prune });
console.log(formatSyncResult(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
