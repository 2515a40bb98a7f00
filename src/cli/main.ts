import { Command, CommanderError } from 'commander';
import { DyadError } from '../core/errors.js';
import { DYAD_VERSION } from '../version.js';
import { describeError, EXIT, warn } from './output.js';

type Register = (program: Command, done: (code: number) => void) => void;

/**
 * Each command's module, by the names it registers, in the order `dyad --help` lists them. Only
 * the module of the command asked for is loaded: together they pull in the whole pipeline, its
 * web server and its store, some 0.4 s of CPU and 25 MB that `dyad code` would pay on the thread
 * that feeds its workers.
 */
const COMMANDS: Array<{ names: string[]; load: () => Promise<Register> }> = [
  { names: ['code'], load: async () => (await import('./code-command.js')).registerCode },
  { names: ['ingest'], load: async () => (await import('./ingest-command.js')).registerIngest },
  { names: ['watch'], load: async () => (await import('./watch-command.js')).registerWatch },
  { names: ['events', 'actors', 'articles'], load: async () => (await import('./query-commands.js')).registerQueries },
  { names: ['relations'], load: async () => (await import('./relations-command.js')).registerRelations },
  { names: ['db'], load: async () => (await import('./db-command.js')).registerDb },
  { names: ['parse'], load: async () => (await import('./parse-command.js')).registerParse },
  { names: ['export'], load: async () => (await import('./export-command.js')).registerExport },
  { names: ['serve'], load: async () => (await import('./serve-command.js')).registerServe },
  { names: ['explore'], load: async () => (await import('./explore-command.js')).registerExplore },
  { names: ['worker'], load: async () => (await import('./worker-command.js')).registerWorker },
  { names: ['status'], load: async () => (await import('./status-command.js')).registerStatus },
];

/** The commands to register for `argv`: the one it names, or all (help, version, a typo). */
async function commandsFor(argv: string[]): Promise<Register[]> {
  const named = COMMANDS.find((c) => c.names.includes(argv[2]));
  return Promise.all((named ? [named] : COMMANDS).map((c) => c.load()));
}

/** Runs the `dyad` command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dyad')
    .description('Dyad: news in, political event data out (CAMEO, with evidence)')
    .version(DYAD_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of await commandsFor(argv)) register(program, (c) => { code = c; });
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
