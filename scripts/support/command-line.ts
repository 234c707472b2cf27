import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A content command's arguments: `--help` (or `-h`) prints `usage` and exits 0; an unknown option
 * or a missing value prints what is wrong and `usage`, and exits 2.
 *
 * @param name the command, as in its messages (`content:check`)
 * @param usage the usage text, from `usage:` on
 * @param options the command's options, as `node:util` `parseArgs` takes them
 * @returns the options' values and the positional arguments (slugs, files)
 */
export function readArguments<O extends Options>(
  name: string,
  usage: string,
  options: O,
  argv = process.argv.slice(2),
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
