/** Progress of `dyad ingest` on stderr: a bar on a terminal, a plain line per batch otherwise, nothing for --json. */

/** Redraws of the bar per second, at most. */
const REDRAW_INTERVAL_MS = 100;
const BAR_WIDTH = 24;

/** Running totals of an ingest. */
export interface IngestCounts {
  read: number;
  stored: number;
  present: number;
  rejected: number;
}

/** Reports ingest progress in the way the output allows. */
export class IngestProgress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly mode: 'bar' | 'lines' | 'off',
    /** Inputs to read, when known (not for standard input): the bar then shows a fraction. */
    private readonly total: number | null,
  ) {}

  /** Picks the mode: off for --json, a bar when stderr is a terminal, else lines. */
  static modeFor(json: boolean): 'bar' | 'lines' | 'off' {
    if (json) return 'off';
    return process.stderr.isTTY ? 'bar' : 'lines';
  }

  private rate(n: number): string {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? `${(n / seconds).toFixed(1)}/s` : '';
  }

  /** After each input: redraws the bar now and then. */
  tick(c: IngestCounts, label: string): void {
    if (this.mode !== 'bar') return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_INTERVAL_MS) return;
    this.lastDraw = now;
    const fraction = this.total ? Math.min(1, c.read / this.total) : null;
    const bar = fraction === null ? '' : `[${'█'.repeat(Math.round(fraction * BAR_WIDTH)).padEnd(BAR_WIDTH, '░')}] ${Math.floor(fraction * 100)}% `;
    const counts = `${c.read}${this.total ? `/${this.total}` : ''}  stored ${c.stored} · present ${c.present} · rejected ${c.rejected}  ${this.rate(c.read)}`;
    process.stderr.write(`\r\x1b[K${bar}${counts}  ${label.slice(0, 40)}`);
    this.drawn = true;
  }

  /** After each committed batch: one plain line when not on a terminal. */
  batch(c: IngestCounts): void {
    if (this.mode !== 'lines') return;
    process.stderr.write(`dyad: ingest: ${c.read} read, ${c.stored} stored, ${c.present} already present, ${c.rejected} rejected (${this.rate(c.read)})\n`);
  }

  /** Clears the bar so that a diagnostic line can be printed. */
  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}
