// The first lines of a large file, read only as far as needed: jobs-run.ts times a whole process,
// and reading all 65 MB of news.jsonl to keep 1,000 lines cost its main thread about a second of
// CPU that no `dyad code` run pays (it counted in the one-job and the two-job run alike).
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * The first `count` non-empty lines of the file at `path` (UTF-8).
 * @example firstLines('news.jsonl', 1000).length // 1000
 */
export function firstLines(path: string, count: number): string[] {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let newlines = 0;
    // Read until the chunks hold `count` line ends (a blank line or two more does no harm: the
    // result is cut to `count` below) or the file ends.
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      for (let i = chunk.indexOf(10); i !== -1 && i < n; i = chunk.indexOf(10, i + 1)) newlines++;
      if (newlines > count) break;
    }
    return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).slice(0, count);
  } finally {
    closeSync(fd);
  }
}
