/**
 * Reading a script's command line the same way in every `npm run` script.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Read the command line with `parseArgs` (strict unless `config` says otherwise). `--help` or `-h`
 * prints `usage` and exits 0; an unknown or malformed option prints the script's name, what was
 * wrong and `usage`, and exits 2, rather than Node's stack trace.
 */
export function readCommandLine<T extends ParseArgsConfig>(script: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  // Before the parse, so that a script need not declare the option and `--help` works beside a wrong one.
  if (args.some((a) => a === '--help' || a === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    console.error(`${script}: ${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
}
