/** The shape every output format shares: a streaming writer of event rows to a Writable. */
import type { Writable } from 'node:stream';
import type { EventRow } from '../storage/store.js';

/** What one export wrote. */
export interface ExportSummary {
  /** Records written (for geojson: features; for csv: data rows, not counting the header). */
  written: number;
  /** Event rows the format left out, with the reason in `skippedReason`. */
  skipped: number;
  skippedReason: string | null;
}

/** Options shared by the writers; each format reads what it needs. */
export interface FormatOptions {
  /** The data folder with the code tables (data/geo/) and the codebook; defaults to Dyad's own. */
  dataDir?: string;
}

/** One output format: a name, how to label its bytes, and a writer. */
export interface OutputFormat {
  readonly name: string;
  readonly description: string;
  /** The Content-Type an HTTP response carries. */
  readonly mediaType: string;
  /** File extension without the dot, for download names. */
  readonly extension: string;
  /**
   * Streams `events` to `out` in this format, waiting for the stream when it is full. Does not end `out`.
   * Rejects when the stream errors or closes early; the events iterator is then closed.
   */
  write(events: AsyncIterable<EventRow>, out: Writable, options?: FormatOptions): Promise<ExportSummary>;
}
