/** Gold event types shared by every event scorer: the seed gold file, the Wikinews cases and the dev gold. */

/** One gold event as the seed gold file writes it. */
export interface GoldEvent {
  source: string;
  target: string;
  code: string;
  acceptable_codes?: string[];
  symmetric?: boolean;
  acceptable_sources?: string[];
  acceptable_targets?: string[];
  date?: string;
  location?: string;
  evidence?: string;
  note?: string;
}

/** The events of a gold document: required events count in recall, optional ones are never errors. */
export interface GoldEvents {
  required: GoldEvent[];
  optional: GoldEvent[];
}

/** The seed gold file's shape (the parts the scorer reads); the Wikinews cases share `events`. */
export interface SeedGold {
  document: { title: string; published: string; body_first_words: string; body_last_words: string; not_body: string[] };
  events: GoldEvents;
}

/** Every (source, target) pair a gold event accepts, both ways when it is symmetric. */
export function goldDirections(g: GoldEvent): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const s of [g.source, ...(g.acceptable_sources ?? [])]) {
    for (const t of [g.target, ...(g.acceptable_targets ?? [])]) {
      pairs.push([s, t]);
      if (g.symmetric) pairs.push([t, s]);
    }
  }
  return pairs;
}

/** The gold code and its acceptable alternatives. */
export function goldCodes(g: GoldEvent): string[] {
  return [g.code, ...(g.acceptable_codes ?? [])];
}

/** A visit (042) in the guideline's conventions, whose mirror is the host's hosting (043). */
const VISIT = '042';
const HOSTING = '043';

/**
 * The optional events the guideline implies but annotators seldom wrote: the host→visitor 043 of every
 * visit ("The host→visitor event is 043, optional unless the host's action is explicit"), when the
 * sentence does not list it already.
 * @example impliedHostings([{ source: 'ISRGOV', target: 'EGY', code: '042' }], [])[0].code // '043'
 */
export function impliedHostings(required: readonly GoldEvent[], optional: readonly GoldEvent[]): GoldEvent[] {
  const all = [...required, ...optional];
  const listed = (v: GoldEvent) => all.some((g) => g.code.startsWith(HOSTING) && g.source.slice(0, 3) === v.target.slice(0, 3) && g.target.slice(0, 3) === v.source.slice(0, 3));
  return all.filter((g) => g.code.startsWith(VISIT) && !listed(g)).map((v) => ({
    source: v.target, target: v.source, code: HOSTING,
    acceptable_sources: v.acceptable_targets, acceptable_targets: v.acceptable_sources,
    note: 'implied by the guideline: the host of a visit',
  }));
}

