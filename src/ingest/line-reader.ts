/** Splits a byte stream into lines without holding more than one line in memory. */

/** A line of a stream, 1-based, or a line that was too long to keep. */
export type StreamLine = { line: number; bytes: Buffer } | { line: number; tooLong: number };

/**
 * Yields the lines of a byte stream (LF or CRLF endings, the ending removed). A line longer than
 * `maxBytes` is not kept: it yields `{ tooLong }` with its length, and memory stays bounded.
 * @example for await (const l of streamLines(createReadStream('a.jsonl'), 1e6)) if ('bytes' in l) …
 */
export async function* streamLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipped = 0;
  let line = 1;
  const take = (): StreamLine => {
    const result: StreamLine = skipped ? { line, tooLong: skipped } : { line, bytes: stripCr(Buffer.concat(parts)) };
    parts = [];
    size = 0;
    skipped = 0;
    line++;
    return result;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10)) {
      add(buf.subarray(0, nl));
      yield take();
      buf = buf.subarray(nl + 1);
    }
    add(buf);
  }
  if (size > 0 || skipped > 0) yield take();

  function add(piece: Buffer): void {
    if (skipped) { skipped += piece.length; return; }
    if (size + piece.length > maxBytes) {
      skipped = size + piece.length;
      parts = [];
      size = 0;
      return;
    }
    if (piece.length) parts.push(Buffer.from(piece));
    size += piece.length;
  }
}

function stripCr(buf: Buffer): Buffer {
  return buf.length && buf[buf.length - 1] === 13 ? buf.subarray(0, -1) : buf;
}
