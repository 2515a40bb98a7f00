import { Command, CommanderError } from 'commander';
import { DyadError } from '../core/errors.js';
import { DYAD_VERSION } from '../version.js';
import { registerCode } from './code-command.js';
import { describeError, EXIT, warn } from './output.js';

/** Runs the `dyad` command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dyad')
    .description('Dyad: news in, political event data out (CAMEO, with evidence)')
    .version(DYAD_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCode(program, (c) => { code = c; });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    warn(describeError(e));
    return e instanceof DyadError && e.code === 'E030' ? EXIT.usage : EXIT.failed;
  }
}
