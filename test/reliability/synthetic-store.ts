/**
 * Stores of any size for load tests: documents built from one real coded template, each with its own
 * text (and so its own content hash) and events between random actors on random days, without
 * coding every article. The store passes `check()`: every id is the hash of its text.
 */
import { createHash } from 'node:crypto';
import { Coder } from '../../src/coder.js';
import type { ActorMention, CodedEvent, DyadDocument } from '../../src/core/document.js';
import type { Store } from '../../src/storage/store.js';

/** Events per synthetic article. */
export const EVENTS_PER_DOC = 20;
/** Articles per transaction while loading. */
const LOAD_BATCH = 200;
const COUNTRIES = ['USA', 'RUS', 'UKR', 'CHN', 'FRA', 'DEU', 'GBR', 'JPN', 'IND', 'IRN', 'ISR', 'TUR', 'EGY', 'BRA', 'ZAF', 'NGA', 'KEN', 'MEX', 'CAN', 'AUS',
  'PAK', 'AFG', 'IRQ', 'SYR', 'SAU', 'ARM', 'AZE', 'GEO', 'POL', 'ITA'];
const ROLES = ['', 'GOV', 'MIL', 'COP', 'OPP'];
/** CAMEO codes with their root, QuadClass and Goldstein score. */
const CODES: Array<[string, number, number]> = [
  ['010', 1, 0], ['020', 1, 3], ['036', 1, 4], ['040', 1, 1], ['042', 1, 1.9], ['043', 1, 2.8], ['051', 1, 3.4], ['061', 2, 6.4], ['071', 2, 7.4],
  ['080', 2, 5], ['111', 3, -2], ['112', 3, -2], ['120', 3, -4], ['130', 3, -4.4], ['163', 4, -8], ['172', 4, -5], ['180', 4, -9], ['190', 4, -10], ['193', 4, -10], ['195', 4, -10],
];
const DAYS = 730;

/** A seeded random number generator (mulberry32), so that two loads give the same store. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function day(n: number): string {
  return new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Builds synthetic documents from one coded article: its versions, fields and event shape. */
export class SyntheticCorpus {
  private readonly template: DyadDocument;
  private readonly next: () => number;

  constructor(seed = 1, coder = new Coder()) {
    this.template = coder.code({ uri: 'template:', content: 'Russia attacked Ukraine on Monday, officials said.', format: 'text' }, { date: '2022-02-28' });
    if (!this.template.events.length) throw new Error('the template article codes no event');
    this.next = random(seed);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** Article `n`: EVENTS_PER_DOC sentences, one event each, with offsets into its own text. */
  doc(n: number): DyadDocument {
    const base = this.template.events[0];
    let text = '';
    const events: CodedEvent[] = [];
    const actors: ActorMention[] = [];
    const published = day(Math.floor(this.next() * DAYS));
    for (let k = 0; k < EVENTS_PER_DOC; k++) {
      const a = this.pick(COUNTRIES) + this.pick(ROLES);
      let b = this.pick(COUNTRIES) + this.pick(ROLES);
      if (b.slice(0, 3) === a.slice(0, 3)) b = `${COUNTRIES[(COUNTRIES.indexOf(a.slice(0, 3)) + 1) % COUNTRIES.length]}GOV`;
      const [code, quadClass, goldstein] = this.pick(CODES);
      const sentence = `${a} acted ${code} toward ${b} in report ${n}.${k}. `;
      const at = text.length;
      const span = (word: string) => ({ start: at + sentence.indexOf(word), end: at + sentence.indexOf(word) + word.length, text: word });
      const src = span(a);
      const tgt = span(b);
      for (const [side, code3] of [[src, a], [tgt, b]] as const) {
        actors.push({ ...this.template.actors[0], ...side, code: code3, name: code3, country: code3.slice(0, 3), sentence: k });
      }
      events.push({
        ...base, source: { ...base.source, ...src, code: a }, target: { ...base.target!, ...tgt, code: b },
        code, baseCode: code, rootCode: code.slice(0, 2), quadClass, goldstein, date: day(Math.floor(this.next() * DAYS)), datePrecision: 'day',
        location: null, negated: false, sentence: k, trigger: { ...span('acted'), pattern: 'act' }, evidence: { start: at, end: at + sentence.length - 1, text: sentence.slice(0, -1) },
        confidence: Math.round(this.next() * 10) / 10,
      });
      text += sentence;
    }
    const hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    return {
      ...this.template, id: `synthetic-${n}`, hash, uri: `https://source${n % 50}.example/${n}`, title: `Report ${n}`, published, publisher: `Source ${n % 50}`,
      text, furniture: [], actors, places: [], events, claims: [], quotes: [], relations: [],
    };
  }

  /** Stores articles until the store holds at least `events` event rows; returns how many of each. */
  async load(store: Store, events: number, onProgress?: (events: number) => void): Promise<{ articles: number; events: number }> {
    let rows = 0;
    let n = 0;
    while (rows < events) {
      const size = Math.min(LOAD_BATCH, Math.ceil((events - rows) / EVENTS_PER_DOC));
      const results = await store.putDocuments(Array.from({ length: size }, () => this.doc(n++)));
      const added = results.reduce((sum, r) => sum + r.newEvents, 0);
      if (added === 0) throw new Error(`loading stalled at ${rows} events: new documents add no events`);
      rows += added;
      onProgress?.(rows);
    }
    return { articles: n, events: rows };
  }
}
