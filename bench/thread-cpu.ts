// CPU time of this thread apart from the whole process: Node's own figures (process.cpuUsage)
// add up every thread, and V8 runs its optimising compiler and parts of its garbage collector on
// helper threads. Linux only; elsewhere the thread's share reads as null.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of the thread whose stat file this is, or null where /proc is absent. */
function statCpuSeconds(path: string): number | null {
  try {
    // Fields after the command name: state is the 1st, utime the 12th and stime the 13th.
    const fields = readFileSync(path, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of the calling thread so far, or null where /proc is absent. */
export function threadCpuSeconds(): number | null {
  return statCpuSeconds('/proc/thread-self/stat');
}

/**
 * CPU seconds of every live thread of this process by thread id (empty off Linux). Worker threads
 * and V8's helper threads all go by the process's name, so callers tell them apart by when they
 * started: V8's helpers exist before any worker thread does.
 */
export function allThreadsCpuSeconds(): Map<number, number> {
  const threads = new Map<number, number>();
  let ids: string[] = [];
  try {
    ids = readdirSync('/proc/self/task');
  } catch {
    return threads;
  }
  for (const id of ids) {
    const seconds = statCpuSeconds(`/proc/self/task/${id}/stat`);
    if (seconds !== null) threads.set(Number(id), seconds);
  }
  return threads;
}

/** CPU seconds (user + system) of the whole process since `since`. */
export function processCpuSeconds(since?: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}
