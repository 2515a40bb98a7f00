import type { CodedEvent } from '../src/core/document.js';

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

/** The seed gold file's shape (the parts the scorer reads). */
export interface SeedGold {
  document: { title: string; published: string; body_first_words: string; body_last_words: string; not_body: string[] };
  events: { required: GoldEvent[]; optional: GoldEvent[] };
}

function directions(g: GoldEvent): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const s of [g.source, ...(g.acceptable_sources ?? [])]) {
    for (const t of [g.target, ...(g.acceptable_targets ?? [])]) {
      pairs.push([s, t]);
      if (g.symmetric) pairs.push([t, s]);
    }
  }
  return pairs;
}

/** Strict match: full actor codes, the code or an acceptable one, and the date when gold has one. */
export function matchesStrict(e: CodedEvent, g: GoldEvent): boolean {
  const codes = [g.code, ...(g.acceptable_codes ?? [])];
  if (!e.target || !codes.includes(e.code)) return false;
  if (g.date && e.date !== g.date) return false;
  return directions(g).some(([s, t]) => e.source.code === s && e.target!.code === t);
}

/** Loose match: country-level dyad (first three letters) and CAMEO root. */
export function matchesDyadRoot(e: CodedEvent, g: GoldEvent): boolean {
  if (!e.target) return false;
  const roots = [g.code, ...(g.acceptable_codes ?? [])].map((c) => c.slice(0, 2));
  if (!roots.includes(e.rootCode)) return false;
  return directions(g).some(([s, t]) => e.source.code.slice(0, 3) === s.slice(0, 3) && e.target!.code.slice(0, 3) === t.slice(0, 3));
}

/** How a document's events compare with its gold. */
export interface SeedScore {
  requiredFound: number;
  requiredTotal: number;
  missing: GoldEvent[];
  predicted: number;
  matchedAny: number;
  precision: number;
  unmatched: CodedEvent[];
}

/** Scores coded events against required (strict) and required+optional (dyad+root) gold events. */
export function scoreAgainstGold(events: CodedEvent[], gold: SeedGold['events']): SeedScore {
  const asserted = events.filter((e) => !e.negated);
  const missing = gold.required.filter((g) => !asserted.some((e) => matchesStrict(e, g)));
  const all = [...gold.required, ...gold.optional];
  const unmatched = asserted.filter((e) => !all.some((g) => matchesDyadRoot(e, g)));
  return {
    requiredFound: gold.required.length - missing.length, requiredTotal: gold.required.length, missing,
    predicted: asserted.length, matchedAny: asserted.length - unmatched.length,
    precision: asserted.length ? (asserted.length - unmatched.length) / asserted.length : 0, unmatched,
  };
}
