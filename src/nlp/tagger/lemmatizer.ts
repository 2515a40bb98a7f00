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

/** A suffix rule, parsed: strip this many characters, then append. */
interface SuffixRule {
  strip: number;
  append: string;
}

/**
 * Lemmatises words given their tags. The stored tables are keyed by joined strings; at load
 * they become maps by XPOS, so a lookup builds no key string (lemmatising was a third of
 * tagging time).
 */
export class Lemmatizer {
  /** XPOS → form → lemma. */
  private readonly lexicon = new Map<string, Map<string, string>>();
  /** XPOS → lower-case word ending → rule. */
  private readonly rules = new Map<string, Map<string, SuffixRule>>();

  constructor(data: LemmaData) {
    for (const [key, lemma] of Object.entries(data.lexicon)) {
      // "form\tXPOS": an XPOS holds no tab, so the last tab splits the key.
      const tab = key.lastIndexOf('\t');
      byTag(this.lexicon, key.slice(tab + 1)).set(key.slice(0, tab), lemma);
    }
    for (const [key, rule] of Object.entries(data.rules)) {
      // "XPOS\tsuffix": the first tab splits the key.
      const tab = key.indexOf('\t');
      const colon = rule.indexOf(':');
      byTag(this.rules, key.slice(0, tab)).set(key.slice(tab + 1), { strip: Number(rule.slice(0, colon)), append: rule.slice(colon + 1) });
    }
  }

  /** The lemma of one word. */
  lemma(form: string, upos: string, xpos: string): string {
    const lex = this.lexicon.get(xpos);
    const hit = lex?.get(form);
    if (hit !== undefined) return hit;
    const lower = form.toLowerCase();
    if (lower !== form) {
      const hitLower = lex?.get(lower);
      if (hitLower !== undefined) return upos === 'PROPN' ? form : hitLower;
    }
    const base = upos === 'PROPN' ? form : lower;
    const rules = this.rules.get(xpos);
    if (rules === undefined) return base;
    // base is form or its lower case, and lower-casing twice changes nothing (checked over every
    // code point), so the lower-case base is `lower`: no second toLowerCase per word.
    const lb = lower;
    for (let k = Math.min(MAX_RULE_SUFFIX, base.length); k >= 1; k--) {
      const rule = rules.get(lb.slice(-k));
      if (rule === undefined) continue;
      if (rule.strip >= base.length) break;
      return base.slice(0, base.length - rule.strip) + rule.append;
    }
    return base;
  }
}

/** The inner map of `maps` for `tag`, created when missing. */
function byTag<V>(maps: Map<string, Map<string, V>>, tag: string): Map<string, V> {
  let m = maps.get(tag);
  if (!m) maps.set(tag, (m = new Map()));
  return m;
}
