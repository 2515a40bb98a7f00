// Importing this module delays V8's optimising compiler for the whole process (worker threads
// included: V8's flags are per process), so import it before anything else where Dyad codes many
// documents (the CLI entry, the benchmarks).
//
// Why: V8 optimises a function once it has run a fixed amount of bytecode (its interrupt budget,
// 66 KB in Node 20). The pipeline has hundreds of warm functions, and most of them reach that
// budget with feedback that is not yet stable: they are compiled on helper threads, deoptimised
// when a new object shape arrives, and compiled again. That compiling took 21 to 23% of the CPU
// of a 1,000-article run, and every worker thread pays it anew. With four times the budget only
// the really hot functions are compiled, once their feedback has settled: over 1,000 articles in
// one thread the helper threads' CPU fell from 3.5–4.3 s to 2.1–2.3 s while the coding thread's
// stayed the same (10.0–12.5 s against 10.0–11.7 s, five alternating runs each). Eight times the
// budget helps two worker threads most, which each compile the same code again: over 1,000 articles
// (npm run bench -- 1000 --repeat=2) the helper threads' CPU fell from 3.5 to 2.4 s with two jobs and
// from 2.2 to 1.9 s with one, total CPU with two jobs from 16.3 to 14.4 s; sixteen times made the workers slower.
import { setFlagsFromString } from 'node:v8';

/** Bytecode a function runs before V8 considers optimising it: eight times Node 20's default. */
export const INTERRUPT_BUDGET = 8 * 67_584;

// A budget given on the command line (node --interrupt-budget=…, NODE_OPTIONS) is left alone.
const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--interrupt-budget'));
if (!given) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
