import { Command, CommanderError } from 'commander';
import { DyadError } from '../core/errors.js';
import { DYAD_VERSION } from '../version.js';
import { registerCode } from './code-command.js';
import { registerExplore } from './explore-command.js';
import { registerExport } from './export-command.js';
import { registerServe } from './serve-command.js';
import { registerDb } from './db-command.js';
import { registerIngest } from './ingest-command.js';
import { registerParse } from './parse-command.js';
import { describeError, EXIT, warn } from './output.js';
import { registerQueries } from './query-commands.js';
import { registerWatch } from './watch-command.js';
import { registerRelations } from './relations-command.js';
import { registerStatus } from './status-command.js';
import { registerWorker } from './worker-command.js';

/** Runs the `dyad` command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dyad')
    .description('Dyad: news in, political event data out (CAMEO, with evidence)')
    .version(DYAD_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCode(program, (c) => { code = c; });
  registerIngest(program, (c) => { code = c; });
  registerWatch(program, (c) => { code = c; });
  registerQueries(program, (c) => { code = c; });
  registerRelations(program, (c) => { code = c; });
  registerDb(program, (c) => { code = c; });
  registerParse(program, (c) => { code = c; });
  registerExport(program, (c) => { code = c; });
  registerServe(program, (c) => { code = c; });
  registerExplore(program, (c) => { code = c; });
  registerWorker(program, (c) => { code = c; });
  registerStatus(program, (c) => { code = c; });
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
