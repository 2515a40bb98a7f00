/** Who "he", "it" and "they" stand for, from the actor mentions of the article. */
import type { ActorKind, ActorMention } from '../core/document.js';

/** How many sentences back a pronoun may look for its antecedent. */
const SALIENCE_SENTENCES = 3;
/** How many words ("the", "Russian") may open the main clause before the subject a fronted pronoun stands for. */
const FRONTED_SUBJECT_REACH = 2;

/** Which pronouns stand for which kinds of actor. */
export interface PronounClasses {
  /** he, she, his… → a person. */
  person: ReadonlySet<string>;
  /** it, its → a state, government or organisation. */
  body: ReadonlySet<string>;
  /** they, their… → a group of people or organisations. */
  group: ReadonlySet<string>;
  /** Last words of role nouns that name one person ("leader", "minister"), whom a person pronoun may stand for. */
  personRoles: ReadonlySet<string>;
}

const BODY_KINDS = new Set<ActorKind>(['state', 'government', 'igo', 'ngo', 'group']);
/** Whether a mention with no name of its own names one person by a role ("the North Korean leader", not "officials"). */
function personByRole(a: ActorMention, roles: ReadonlySet<string>): boolean {
  if (a.kind === 'person' || !a.role || /s$/i.test(a.text)) return false;
  const role = a.role.toLowerCase();
  return roles.has(role.slice(role.lastIndexOf(' ') + 1));
}

/**
 * A resolver for pronouns: the latest fitting actor named earlier in the same sentence
 * ("Putin said he would…", "Saudi Arabia said it was severing ties"), else the first fitting
 * actor of the nearest sentence before that names one (news puts the subject first), at most
 * three sentences back. "It" fits states, organisations and bodies named in the singular ("the army");
 * "they" fits those and every agent ("police", "rebels").
 * @example pronounAntecedents(doc.actors, classes)(tokens[12].norm, 12, 3)
 */
export function pronounAntecedents(
  actors: readonly ActorMention[],
  classes: PronounClasses,
  /** Whether a mention only owns a noun ("over Ukraine's future"); it is a weaker antecedent than the sentence's actors. */
  possessor: (a: ActorMention) => boolean = () => false,
  /** Whether the pronoun at a token opens a clause joined to the sentence's first ("…, and it urged"). */
  coordinated: (token: number) => boolean = () => false,
  /** Where the main clause begins when the pronoun at a token stands in a phrase that opens the sentence ("In their first meeting, …"), else −1. */
  fronted: (token: number, sentence: number) => number = () => -1,
): (pronoun: string, token: number, sentence: number, not?: ActorMention | null) => ActorMention | null {
  const fits = (pronoun: string, a: ActorMention): boolean => {
    if (classes.person.has(pronoun)) return a.kind === 'person' || personByRole(a, classes.personRoles);
    // "The Indian army said its soldiers …": a body of people named in the singular is an "it".
    if (classes.body.has(pronoun)) return BODY_KINDS.has(a.kind) || (a.kind === 'agent' && !/s$/i.test(a.text));
    // "Israeli police said they arrested …": a body of people is a "they" too.
    if (classes.group.has(pronoun)) return BODY_KINDS.has(a.kind) || a.kind === 'agent';
    return false;
  };
  return (pronoun, token, sentence, not = null) => {
    // An object pronoun never stands for its own clause's subject ("security forces beat them back"): `not`, and any
    // mention of the same actor, is passed over.
    const usable = (a: ActorMention) => fits(pronoun, a) && !(not && (a === not || (a.code === not.code && a.text === not.text)));
    // "Trump and Putin will meet … for their first meeting": people named together in the sentence are a "they".
    const together = (a: ActorMention) => classes.group.has(pronoun) && a.kind === 'person' && a.group !== undefined;
    // "A day after it launched an airstrike outside Damascus, Israel sought …", "In their first meeting, Obama and Putin
    // called …": a pronoun in a phrase opening the sentence stands for the main clause's subject, named right after it.
    const main = fronted(token, sentence);
    if (main >= 0) {
      const subject = actors.find((a) => a.sentence === sentence && a.firstToken >= main && a.firstToken <= main + FRONTED_SUBJECT_REACH);
      if (subject && (usable(subject) || together(subject))) return subject;
    }
    // "The Kremlin said it … amid uncertainty over Ukraine's future; it criticized the West": the latest actor that is
    // more than a possessor, else the latest possessor.
    let same: ActorMention | null = null;
    let owning: ActorMention | null = null;
    // "China reiterated that U.N. Security Council resolutions had clear rules, and it urged
    // Pyongyang": a pronoun opening a joined clause stands for the first clause's subject, the
    // sentence's first fitting actor, not for one named inside its report.
    const first = coordinated(token);
    for (const a of actors) {
      if (a.sentence !== sentence || a.endToken > token || !(usable(a) || together(a))) continue;
      if (possessor(a)) owning = a; else if (!first || !same) same = a;
    }
    if (same ?? owning) return same ?? owning;
    for (let back = sentence - 1; back >= 0 && sentence - back <= SALIENCE_SENTENCES; back--) {
      const first = actors.find((a) => a.sentence === back && usable(a));
      if (!first) continue;
      // "In a phone call to Lavrov, Kerry implored the Kremlin … He urged Russia": the subject comes after an opening phrase.
      const main = fronted(first.firstToken, back);
      const subject = main >= 0 ? actors.find((a) => a.sentence === back && a.firstToken >= main && usable(a)) : undefined;
      return subject ?? first;
    }
    return null;
  };
}
