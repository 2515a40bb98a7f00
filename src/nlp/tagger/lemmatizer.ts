/**
 * Lemmas from a lexicon learned from the training treebank, with learned suffix rules for
 * unseen words ("(VBD, -ied) → strip 3, add y").
 */

/** Longest word ending used to choose a suffix rule. */
const MAX_RULE_SUFFIX = 5;
/** A suffix rule needs at least this many training words behind it. */
const MIN_RULE_COUNT = 3;

/** The lemmatizer's data, as stored in the model file. */
export interface LemmaData {
  /** "form\tXPOS" → lemma, only where the default (lower case, or the form for PROPN) is wrong. */
  lexicon: Record<string, string>;
  /** "XPOS\tsuffix" → "strip:append". */
  rules: Record<string, string>;
}

function defaultLemma(form: string, upos: string): string {
  return upos === 'PROPN' ? form : form.toLowerCase();
}

function ruleOf(from: string, to: string): string {
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  return `${from.length - p}:${to.slice(p)}`;
}

/** Learns the lexicon and the suffix rules from (form, UPOS, XPOS, lemma) quadruples. */
export function learnLemmas(items: Iterable<[string, string, string, string]>): LemmaData {
  const lexCounts = new Map<string, Map<string, number>>();
  const ruleCounts = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string): void => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(v, (inner.get(v) ?? 0) + 1);
  };
  for (const [form, upos, xpos, lemma] of items) {
    if (lemma === '_') continue;
    bump(lexCounts, `${form}\t${xpos}\t${upos}`, lemma);
    const base = upos === 'PROPN' ? form : form.toLowerCase();
    const rule = ruleOf(base, upos === 'PROPN' ? lemma : lemma.toLowerCase());
    for (let k = 1; k <= Math.min(MAX_RULE_SUFFIX, base.length); k++) bump(ruleCounts, `${xpos}\t${base.slice(-k).toLowerCase()}`, rule);
  }
  const best = (m: Map<string, number>): [string, number, number] => {
    let b = '';
    let bc = -1;
    let total = 0;
    for (const [v, c] of [...m.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      total += c;
      if (c > bc) { b = v; bc = c; }
    }
    return [b, bc, total];
  };
  const lexicon: Record<string, string> = {};
  for (const [k, m] of [...lexCounts.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [form, xpos, upos] = k.split('\t');
    const [lemma] = best(m);
    if (lemma !== defaultLemma(form, upos)) lexicon[`${form}\t${xpos}`] = lemma;
  }
  const rules: Record<string, string> = {};
  for (const [k, m] of [...ruleCounts.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [rule, , total] = best(m);
    if (total >= MIN_RULE_COUNT && rule !== '0:') rules[k] = rule;
  }
  return { lexicon, rules };
}

/** Lemmatises words given their tags. */
export class Lemmatizer {
  constructor(private readonly data: LemmaData) {}

  /** The lemma of one word. */
  lemma(form: string, upos: string, xpos: string): string {
    const lex = this.data.lexicon;
    const hit = lex[`${form}\t${xpos}`];
    if (hit !== undefined) return hit;
    const lower = form.toLowerCase();
    if (lower !== form) {
      const hitLower = lex[`${lower}\t${xpos}`];
      if (hitLower !== undefined) return upos === 'PROPN' ? form : hitLower;
    }
    const base = upos === 'PROPN' ? form : lower;
    const lb = base.toLowerCase();
    for (let k = Math.min(MAX_RULE_SUFFIX, base.length); k >= 1; k--) {
      const rule = this.data.rules[`${xpos}\t${lb.slice(-k)}`];
      if (rule === undefined) continue;
      const colon = rule.indexOf(':');
      const strip = Number(rule.slice(0, colon));
      if (strip >= base.length) break;
      return base.slice(0, base.length - strip) + rule.slice(colon + 1);
    }
    return base;
  }
}
