// CPU time of this thread apart from the whole process: Node's own figures (process.cpuUsage)
// add up every thread, and V8 runs its optimising compiler and parts of its garbage collector on
// helper threads. Linux only; elsewhere the thread's share reads as null.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of the calling thread so far, or null where /proc is absent. */
export function threadCpuSeconds(): number | null {
  try {
    // Fields after the command name: state is the 1st, utime the 12th and stime the 13th.
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of the whole process since `since`. */
export function processCpuSeconds(since?: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}
