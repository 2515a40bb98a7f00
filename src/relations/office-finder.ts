/**
 * Offices stated with a name: "Armenian Prime Minister Nikol Pashinyan" → Pashinyan holds "Prime
 * Minister" in ARM; also a title mention next to a name ("Palestinian leader Mahmud Abbas") or in
 * apposition to it ("Ismail Haniyeh, the Hamas prime minister").
 */
import type { ActorKind, ActorMention, RelationParty, Token } from '../core/document.js';
import { straightApostrophes } from '../nlp/apostrophes.js';
import { partyOf } from './relation-parties.js';
import type { RelationResources } from './relation-resources.js';

/** Possessive markers and articles between an owner and a title ("Japan's Prime Minister"). */
const OWNER_JOINERS = new Set(["'s", '’s', "'", '’', 'the']);
/** The fewest capitalised words that make a personal name not known as an actor ("Mahmud Abbas"). */
const MIN_NAME_WORDS = 2;
/** The most words a personal name may have ("Abed Rabbo Mansour Hadi"). */
const MAX_NAME_WORDS = 5;
/** Lower-case particles inside a personal name ("Khalid bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'abu', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le']);
/** Words that may stand between the comma of an apposition and its title ("Dan Gillerman, former Israeli ambassador"). */
const MAX_APPOSITION_LEAD = 2;

/** A person's office as the text states it: who, the title's words, and the body they serve. */
export interface OfficeMatch {
  person: RelationParty;
  body: RelationParty;
  /** Token range of the title words. */
  title: [number, number];
  /** Token range of everything that states the office. */
  span: [number, number];
  /** Where the words naming the office start (the title, or its owner before it). */
  titleStart: number;
}

/** The longest office title of offices.tsv inside tokens [from, to), or null. */
function titleIn(res: RelationResources, tokens: Token[], from: number, to: number): [number, number] | null {
  let best: [number, number] | null = null;
  for (let i = from; i < to; i++) {
    for (const words of res.officeWords.get(straightApostrophes(tokens[i].norm)) ?? []) {
      if (i + words.length > to || (best && words.length <= best[1] - best[0])) continue;
      if (words.every((w, k) => straightApostrophes(tokens[i + k].norm) === w)) best = [i, i + words.length];
    }
  }
  return best;
}

/** The body an office belongs to: a government stands for its state (ARMGOV → ARM); other codes are the body itself. */
function bodyCode(m: ActorMention): string {
  return m.country && m.code === `${m.country}GOV` ? m.country : m.code;
}

/** The kind of actor a body code names: a state, an IGO or NGO, else a group. */
function bodyKind(code: string): ActorKind {
  if (/^[A-Z]{3}$/.test(code)) return 'state';
  return code.startsWith('IGO') ? 'igo' : code.startsWith('NGO') ? 'ngo' : 'group';
}

const capitalisedName = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos === 'PROPN';

/** Where the sentence's mentions are, so a name run never takes a word of another actor. */
type Covered = (i: number) => boolean;

const inName = (t: Token | undefined) => capitalisedName(t) || (!!t && NAME_PARTICLES.has(t.norm));

/** A run of capitalised proper nouns (particles inside) starting at i ("Mahmud Abbas"), not inside any mention. */
function nameFrom(tokens: Token[], i: number, to: number, covered: Covered): [number, number] | null {
  let j = i;
  while (j < to && j - i < MAX_NAME_WORDS && inName(tokens[j]) && !covered(j)) j++;
  while (j > i && !capitalisedName(tokens[j - 1])) j--;
  return j - i >= MIN_NAME_WORDS && capitalisedName(tokens[i]) ? [i, j] : null;
}

/** A run of capitalised proper nouns (particles inside) ending right before `end`, not inside any mention. */
function nameBefore(tokens: Token[], end: number, from: number, covered: Covered): [number, number] | null {
  let i = end;
  while (i > from && end - i < MAX_NAME_WORDS && inName(tokens[i - 1]) && !covered(i - 1)) i--;
  while (i < end && !capitalisedName(tokens[i])) i++;
  return end - i >= MIN_NAME_WORDS && capitalisedName(tokens[end - 1]) ? [i, end] : null;
}

/** Finds the offices of one sentence's mentions. */
export class OfficeFinder {
  constructor(
    private res: RelationResources,
    private tokens: Token[],
    private text: string,
    /** The sentence's actors and its token range. */
    private actors: ActorMention[],
    private from: number,
    private to: number,
  ) {}

  private covered: Covered = (i) => this.actors.some((a) => a.firstToken <= i && i < a.endToken);

  private span(a: number, b: number): { start: number; end: number; text: string } {
    const { tokens, text } = this;
    return { start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) };
  }

  /** The body of a title mention: its owner words ("Armenian", "Iran's"), else the title itself. */
  private body(m: ActorMention, title: [number, number]): RelationParty | null {
    const code = bodyCode(m);
    if (code.startsWith('---')) return null;
    let ownerEnd = title[0];
    while (ownerEnd > m.firstToken && OWNER_JOINERS.has(this.tokens[ownerEnd - 1].norm)) ownerEnd--;
    const owner = ownerEnd > m.firstToken ? this.span(m.firstToken, ownerEnd) : this.span(title[0], title[1]);
    return { code, name: this.res.countryNames.get(code) ?? owner.text, kind: bodyKind(code), ...owner };
  }

  /** A person named by a name run, with the code of the title that names their office. */
  private named(run: [number, number], code: string): RelationParty {
    const s = this.span(run[0], run[1]);
    return { code, name: s.text, kind: 'person', ...s };
  }

  /** A person right after token `end` (a person mention or a name), or null. */
  private personAfter(end: number, code: string): { person: RelationParty; end: number } | null {
    const next = this.actors.find((a) => a.firstToken === end && a.kind === 'person');
    if (next) return { person: partyOf(next.code.startsWith('---') ? { ...next, code } : next), end: next.endToken };
    const run = nameFrom(this.tokens, end, this.to, this.covered);
    return run ? { person: this.named(run, code), end: run[1] } : null;
  }

  /**
   * The office a mention states: a person mention with a title and a name ("Secretary of State
   * Antony Blinken"); a title mention followed by a person or a name ("Syrian leader Bashar
   * Assad"); a title mention in apposition after one ("Ismail Haniyeh, the Hamas prime minister",
   * "Dan Gillerman, former Israeli ambassador"); or a body followed by a title and a name ("Arab
   * League chief Ahmed Aboul Gheit").
   */
  officeOf(m: ActorMention): OfficeMatch | null {
    const { tokens, res } = this;
    const title = titleIn(res, tokens, m.firstToken, m.endToken);
    if (!title) return m.kind === 'person' ? null : this.bodyThenTitle(m);
    if (m.kind === 'person') {
      // The name follows the title inside the mention.
      if (title[1] >= m.endToken) return null;
      const body = this.body(m, title);
      return body ? { person: { ...partyOf(m), ...this.span(title[1], m.endToken) }, body, title, span: [m.firstToken, m.endToken], titleStart: m.firstToken } : null;
    }
    // The title is the head of the mention ("the Houthis' chief spokesman" holds no office "chief").
    if (m.kind === 'state' || (title[1] !== m.endToken && tokens[title[1]].norm !== 'of')) return null;
    const body = this.body(m, title);
    if (!body) return null;
    const after = title[1] === m.endToken ? this.personAfter(m.endToken, m.code) : null;
    if (after) return { person: after.person, body, title, span: [m.firstToken, after.end], titleStart: m.firstToken };
    // An apposition: a name, a comma, then at most an article or "former" before the title.
    let k = m.firstToken;
    while (k > this.from && m.firstToken - k < MAX_APPOSITION_LEAD && (tokens[k - 1].pos === 'DET' || res.modifiers.past.has(tokens[k - 1].norm) || res.modifiers.future.has(tokens[k - 1].norm))) k--;
    if (tokens[k - 1]?.text !== ',') return null;
    const prev = this.actors.find((a) => a.endToken === k - 1 && a.kind === 'person');
    if (prev) return { person: partyOf(prev.code.startsWith('---') ? { ...prev, code: m.code } : prev), body, title, span: [prev.firstToken, m.endToken], titleStart: k };
    const before = nameBefore(tokens, k - 1, this.from, this.covered);
    return before ? { person: this.named(before, m.code), body, title, span: [before[0], m.endToken], titleStart: k } : null;
  }

  /** "Arab League chief Ahmed Aboul Gheit": a body, title words of no mention, then a person. */
  private bodyThenTitle(m: ActorMention): OfficeMatch | null {
    if (m.kind === 'person' || m.kind === 'agent' || m.code.startsWith('---')) return null;
    const { tokens } = this;
    let end = m.endToken;
    while (end < this.to && !this.covered(end) && end - m.endToken < MAX_NAME_WORDS) end++;
    const title = titleIn(this.res, tokens, m.endToken, end);
    if (!title || title[0] !== m.endToken) return null;
    const after = this.personAfter(title[1], m.code);
    if (!after) return null;
    const code = bodyCode(m);
    const body = { code, name: this.res.countryNames.get(code) ?? m.name, kind: bodyKind(code), ...this.span(m.firstToken, m.endToken) };
    return { person: after.person, body, title, span: [m.firstToken, after.end], titleStart: m.firstToken };
  }
}
