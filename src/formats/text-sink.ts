/** Buffered text output to a Node Writable that honours backpressure, for the streaming export writers. */
import type { Writable } from 'node:stream';

/** Bytes (roughly: UTF-16 units) gathered before one write to the underlying stream. */
export const DEFAULT_FLUSH_SIZE = 64 * 1024;

/** Waits until `out` can take more data, or fails when it closes or errors first. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
    };
    const onDrain = () => { cleanup(); resolve(); };
    const onError = (e: Error) => { cleanup(); reject(e); };
    // A reader that goes away (an HTTP client hanging up) closes the stream without 'drain'.
    const onClose = () => { cleanup(); reject(new Error('the output was closed before the export finished')); };
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

/** Collects text and writes it to a stream in large chunks, waiting for 'drain' when the stream is full. */
export class TextSink {
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable, private readonly flushSize = DEFAULT_FLUSH_SIZE) {}

  /** Adds text; writes the buffer once it passes the flush size. */
  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= this.flushSize) await this.flush();
  }

  /** Writes whatever is buffered. Does not end the stream: the caller owns it (stdout must stay open). */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (this.out.destroyed) throw new Error('the output was closed before the export finished');
    if (!this.out.write(chunk)) await drained(this.out);
  }
}
