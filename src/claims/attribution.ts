/**
 * Speaker phrases turned into Attributions: the phrase's text with the code of an actor mention in
 * it, and pronouns resolved to the person or body most in view — the subject of a reporting verb
 * earlier in the sentence or in the last few sentences, else the latest actor named outside quotes.
 */
import type { ActorMention, Attribution } from '../core/document.js';
import {
  findSpeechSites, isPronoun, OTHER_PRONOUNS, PERSONAL_PRONOUNS, phraseStartingAt, sentenceOfToken, speakerSpan,
  type SpeakerContext,
} from './speaker-phrase.js';

/** How many sentences back a reporting verb's subject stays in view for "he said". */
export const SALIENCE_SENTENCES = 3;

/** A speaker named as the subject of a reporting verb, remembered for pronouns. */
interface SpeakerEvent {
  token: number;
  sentence: number;
  attribution: Attribution;
  person: boolean;
}

const ORGANISATION_KINDS = new Set(['state', 'government', 'igo', 'ngo', 'group']);

const capitalised = (t: { text: string }) => /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * True when tokens [a, b) name a person: a person mention, a people noun as head ("the official"),
 * a two-word proper name ("Rami Khouri"), or the surname of a name met before (`surnames`).
 */
function personLike(ctx: SpeakerContext, [a, b]: [number, number], surnames?: Set<string>): boolean {
  const { tokens } = ctx;
  // The head decides: "the spokesman for Prime Minister Davutoglu's ruling party" is a party.
  const atHead = ctx.mentionsAt.get(b - 1) ?? [];
  if (atHead.some((m) => m.kind === 'person')) return true;
  if (atHead.some((m) => m.kind !== 'agent')) return false;
  const head = tokens[b - 1];
  if (head.pos === 'NOUN' && ctx.lexicons.people.matchEndingAt(tokens, b, a) && !head.norm.endsWith('s')) return true;
  if (surnames?.has(head.norm) && capitalised(head)) return true;
  return b - a >= 2 && tokens[b - 1].pos === 'PROPN' && tokens[b - 2].pos === 'PROPN' && capitalised(tokens[b - 1]) && capitalised(tokens[b - 2]);
}

function insideQuote(ctx: SpeakerContext, pos: number): boolean {
  return ctx.quoted.some(([a, b]) => a <= pos && pos < b);
}

function fromMention(m: ActorMention): Attribution {
  return { text: m.text, code: m.code, start: m.start, end: m.end };
}

/** The mention that best names a phrase: a person, else the one holding its last word, else the first. */
function mentionIn(ctx: SpeakerContext, a: number, b: number): ActorMention | null {
  const inside: ActorMention[] = [];
  for (let i = a; i < b; i++) for (const m of ctx.mentionsAt.get(i) ?? []) if (!inside.includes(m)) inside.push(m);
  return inside.find((m) => m.kind === 'person') ?? inside.find((m) => m.firstToken <= b - 1 && b - 1 < m.endToken) ?? inside[0] ?? null;
}

/** Who spoke, sentence by sentence: built once per document, in reading order. */
export class Salience {
  private events: SpeakerEvent[] = [];
  private done = -1;
  /** Last words of the person-like names met so far, so that "Khouri said" is known for a person. */
  private surnames = new Set<string>();
  /** Names of people that are no actor mention ("HDP leader Selahattin Demirtas"), by token. */
  private names: Array<[number, number]> = [];

  constructor(private ctx: SpeakerContext) {}

  /** Reads the reporting verbs of every sentence up to and including `sentence`. */
  private advance(sentence: number): void {
    const { ctx } = this;
    for (let s = this.done + 1; s <= sentence && s < ctx.sentences.length; s++) {
      this.done = s;
      const { firstToken, endToken } = ctx.sentences[s];
      this.readNames(firstToken, endToken);
      for (const site of findSpeechSites(ctx.lexicons.speech, ctx.tokens, firstToken, endToken)) {
        if (site.class === 'channel' || site.class === 'spokesperson') continue;
        const span = speakerSpan(ctx, site, firstToken, endToken);
        if (!span || insideQuote(ctx, ctx.tokens[span[0]].start)) continue;
        const attribution = this.attribution(span);
        const person = this.isPerson(span, attribution);
        if (person && !isPronoun(ctx.tokens[span[1] - 1])) this.surnames.add(ctx.tokens[span[1] - 1].norm);
        this.events.push({ token: site.start, sentence: s, attribution, person });
      }
    }
  }

  /** Proper names of two or three words after a title noun ("HDP leader Selahattin Demirtas"), outside mentions and quotes. */
  private readNames(first: number, end: number): void {
    const { tokens } = this.ctx;
    for (let i = first + 1; i < end; i++) {
      if (!(tokens[i - 1].pos === 'NOUN' && this.ctx.lexicons.people.matchAt(tokens, i - 1, i))) continue;
      let j = i;
      while (j < end && j - i < 3 && tokens[j].pos === 'PROPN' && capitalised(tokens[j]) && !this.ctx.mentionsAt.has(j)) j++;
      if (j - i >= 2 && !insideQuote(this.ctx, tokens[i].start)) {
        this.names.push([i, j]);
        this.surnames.add(tokens[j - 1].norm);
      }
    }
  }

  private isPerson(span: [number, number], attribution: Attribution): boolean {
    if (span[1] - span[0] === 1 && isPronoun(this.ctx.tokens[span[0]])) {
      return PERSONAL_PRONOUNS.has(this.ctx.tokens[span[0]].norm) || this.ctx.actors.some((m) => m.start === attribution.start && m.kind === 'person');
    }
    return personLike(this.ctx, span, this.surnames);
  }

  /** The person ("he", "she") or body ("it", "they") a pronoun at token `t` stands for, or null. */
  resolve(t: number): Attribution | null {
    const { ctx } = this;
    const token = ctx.tokens[t];
    const personal = PERSONAL_PRONOUNS.has(token.norm);
    if (!personal && !OTHER_PRONOUNS.has(token.norm)) return null;
    const sentence = sentenceOfToken(ctx.sentences, t);
    this.advance(sentence);
    // The subject of a reporting verb earlier in the same sentence: "Karzai said he told…".
    const fits = (e: SpeakerEvent) => e.person === personal && e.token < t && !(e.attribution.start === token.start);
    const same = this.events.filter((e) => e.sentence === sentence && fits(e));
    if (same.length) return same[same.length - 1].attribution;
    if (personal) {
      // "Omer Celik, the spokesman for …, issued a statement condemning what he called…": a name opening the sentence.
      const first = ctx.sentences[sentence].firstToken;
      const opening = phraseStartingAt(ctx, first, t);
      const named = opening && (ctx.tokens[opening[0]].pos === 'PROPN' || ctx.mentionsAt.get(opening[0])?.some((m) => m.kind === 'person'));
      if (opening && named && opening[1] < t && personLike(ctx, opening, this.surnames)) return this.attribution(opening);
    }
    // The sentences before, nearest first: a speaker there, else a person who is a subject there.
    for (let back = sentence - 1; back >= 0 && sentence - back <= SALIENCE_SENTENCES; back--) {
      const spoke = this.events.filter((e) => e.sentence === back && e.person === personal);
      if (spoke.length) return spoke[spoke.length - 1].attribution;
      if (personal) {
        const subject = this.subjects(back).pop();
        if (subject) return this.attribution(subject);
      }
    }
    let found: ActorMention | null = null;
    let agent: ActorMention | null = null;
    for (const m of ctx.actors) {
      if (m.start >= token.start) break;
      if (insideQuote(ctx, m.start)) continue;
      if (personal ? m.kind === 'person' : ORGANISATION_KINDS.has(m.kind)) found = m;
      if (personal && m.kind === 'agent' && !/s$/i.test(m.text)) agent = m;
    }
    if (personal) {
      // A name the actors layer does not know, met after the latest person mention.
      const name = this.names.filter(([a]) => a < t && (!found || ctx.tokens[a].start > found.start)).pop();
      if (name) return this.attribution(name);
    }
    return found ? fromMention(found) : agent ? fromMention(agent) : null;
  }

  /**
   * The people a sentence has as subjects, in order: person mentions and names outside quotes
   * that open the sentence ("HDP leader Selahattin Demirtas, whose…") or come right before a verb
   * ("…, Erdogan linked…").
   */
  private subjects(sentence: number): Array<[number, number]> {
    const { ctx } = this;
    const { firstToken, endToken } = ctx.sentences[sentence];
    const people: Array<[number, number]> = [
      ...ctx.actors.filter((m) => m.kind === 'person' && m.sentence === sentence).map((m): [number, number] => [m.firstToken, m.endToken]),
      ...this.names.filter(([a]) => a >= firstToken && a < endToken),
    ].sort((x, y) => x[0] - y[0]);
    return people.filter(([a, b]) => {
      if (insideQuote(ctx, ctx.tokens[a].start)) return false;
      let k = b;
      while (k < endToken && (ctx.tokens[k].pos === 'ADV' || ctx.tokens[k].pos === 'AUX')) k++;
      const opens = ctx.tokens.slice(firstToken, a).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET');
      return opens || ctx.tokens[k]?.pos === 'VERB';
    });
  }

  /**
   * Turns a speaker phrase into an Attribution: its text with the code of an actor mention in it;
   * a pronoun becomes whoever it stands for, or stays itself with a null code.
   */
  attribution([a, b]: [number, number]): Attribution {
    const { tokens, text } = this.ctx;
    if (b - a === 1 && isPronoun(tokens[a])) {
      const resolved = this.resolve(a);
      if (resolved) return resolved;
    }
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    const m = mentionIn(this.ctx, a, b);
    return { text: text.slice(start, end), code: m?.code ?? null, start, end };
  }
}
