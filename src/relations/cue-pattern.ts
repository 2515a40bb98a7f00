/** The pattern language of data/relations/cues.tsv: words, actor slots and an object slot. */
import type { ActorKind } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { phraseTokens } from '../dictionaries/phrase-trie.js';
import { splitList } from '../dictionaries/tsv.js';

/** Actor kinds a slot may be restricted to ("{B:igo}"). */
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'state', 'government', 'igo', 'ngo', 'group', 'agent'];

/** One element of a compiled cue. */
export type CueElement =
  /** A word: any of `alts` by lemma or lower-case form; `exact` alternatives (written `=occupies`) by form only. */
  | { kind: 'word'; alts: string[]; optional: boolean; exact?: string[] }
  /** An actor slot: `{A}`, `{B}`, or `{AB}` (a coordination whose members relate pairwise); `kinds` restricts it. */
  | { kind: 'slot'; role: 'A' | 'B' | 'AB'; kinds: ActorKind[] | null }
  /** `{O}`: what the relation is over (a place or a proper name). */
  | { kind: 'object' };

const SLOT = /^\{(A|B|AB|O)(?::([a-z|]+))?\}$/;

function fail(where: string, message: string): never {
  throw new DyadError('E010', message, where);
}

function slot(raw: string, where: string): CueElement {
  const m = SLOT.exec(raw);
  if (!m) fail(where, `pattern element "${raw}" is malformed; slots are {A}, {B}, {AB} and {O}, optionally {A:kind|kind}`);
  if (m[1] === 'O') {
    if (m[2]) fail(where, `the object slot "${raw}" takes no actor kinds`);
    return { kind: 'object' };
  }
  const kinds = m[2] ? m[2].split('|') : null;
  for (const k of kinds ?? []) if (!(ACTOR_KINDS as readonly string[]).includes(k)) fail(where, `actor kind "${k}" in "${raw}" is unknown; expected ${ACTOR_KINDS.join(', ')}`);
  return { kind: 'slot', role: m[1] as 'A' | 'B' | 'AB', kinds: kinds as ActorKind[] | null };
}

/**
 * Compiles one cue pattern: space-separated words (`a|b` alternatives, `[a]` optional, `=form` for the form
 * only), actor
 * slots `{A}`, `{B}`, `{AB}` (with optional kinds, `{B:igo}`) and the object slot `{O}`. At most
 * one slot may stand before the first word; the first word may not be optional.
 * @example compileCue('{A} - backed {B}', 'cues.tsv:12')
 */
export function compileCue(text: string, where: string): CueElement[] {
  const elements: CueElement[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    if (raw.startsWith('{')) {
      elements.push(slot(raw, where));
      continue;
    }
    const optional = raw.startsWith('[') && raw.endsWith(']');
    const body = optional ? raw.slice(1, -1) : raw;
    const listed = splitList(body).map((a) => a.replace(/’/g, "'"));
    // "=occupies": the form itself, not every form of its lemma (the past "occupied" is an event).
    const exact = listed.filter((a) => a.startsWith('=')).map((a) => a.slice(1));
    const alts = listed.filter((a) => !a.startsWith('='));
    if (!listed.length || listed.some((a) => /[{}[\]]|^=$/.test(a))) fail(where, `pattern element "${raw}" is malformed`);
    if (exact.length) {
      if (exact.some((a) => a !== a.toLowerCase())) fail(where, `pattern element "${raw}" has capitals; words are lower case`);
      elements.push({ kind: 'word', alts, optional, exact });
      continue;
    }
    if (alts.some((a) => a !== a.toLowerCase())) fail(where, `pattern element "${raw}" has capitals; words are lower case`);
    // A single word with inner punctuation ("arch-rival") becomes the tokens the tokenizer makes of it.
    const split = alts.length === 1 ? phraseTokens(alts[0]).map((w) => w.toLowerCase()) : alts;
    if (alts.length === 1 && split.length > 1) split.forEach((w) => elements.push({ kind: 'word', alts: [w], optional }));
    else elements.push({ kind: 'word', alts, optional });
  }
  const firstWord = elements.findIndex((e) => e.kind === 'word');
  if (firstWord < 0 || !elements.some((e) => e.kind === 'word' && !e.optional)) fail(where, `pattern "${text}" has no required word`);
  if ((elements[firstWord] as { optional: boolean }).optional) fail(where, `pattern "${text}": the first word may not be optional`);
  if (firstWord > 1) fail(where, `pattern "${text}": at most one slot may stand before the first word`);
  const count = (pred: (e: CueElement) => boolean) => elements.filter(pred).length;
  for (const role of ['A', 'B', 'AB'] as const) {
    if (count((e) => e.kind === 'slot' && e.role === role) > 1) fail(where, `pattern "${text}" has more than one {${role}}`);
  }
  if (count((e) => e.kind === 'object') > 1) fail(where, `pattern "${text}" has more than one {O}`);
  if (count((e) => e.kind === 'slot' && e.role === 'AB') && count((e) => e.kind === 'slot' && e.role !== 'AB')) {
    fail(where, `pattern "${text}" mixes {AB} with {A} or {B}`);
  }
  return elements;
}

/** The slots a compiled cue has. */
export function slotsOf(elements: CueElement[]): { A: boolean; B: boolean; AB: boolean; O: boolean } {
  const has = (role: 'A' | 'B' | 'AB') => elements.some((e) => e.kind === 'slot' && e.role === role);
  return { A: has('A'), B: has('B'), AB: has('AB'), O: elements.some((e) => e.kind === 'object') };
}
