/**
 * Source and target of a trigger read off the dependency tree: subjects, objects, obliques,
 * passive agents, relative clauses, control verbs and conjoined verbs. Each answer is
 * three-valued: an actor, `null` (the parse names a participant that is not an actor, so
 * nothing is coded), or `undefined` (the parse has no opinion; the caller falls back to word order).
 */
import type { ActorKind, ActorMention, Token } from '../core/document.js';
import type { Modifiers } from '../dictionaries/verb-patterns.js';
import { caseWord, childrenWith, headOf, relOf, type SentenceParse } from './sentence-parse.js';

/** Relations that lead from a noun to an actor naming or owning it ("officials from Iran", "Iran's army"). */
const NOUN_LINKS = ['nmod', 'compound', 'amod', 'appos', 'flat', 'obl'];
/** How deep below a participant word its actor may sit. */
const MAX_NOUN_DEPTH = 2;
/** The case word of a noun event's complement that names what it is done to ("the detention of sailors"). */
const OBJECT_CASE = 'of';
/** The preposition of what a meeting is about. */
const TOPIC_CASE = 'on';
/** The pronoun of a free relative ("what they call a siege"). */
const FREE_RELATIVE = 'what';
/** Actors that, as the possessor of a noun of an act suffered, are its victim: people and role nouns ("the hostages' release"). */
const SUFFERER_KINDS: ReadonlySet<ActorKind> = new Set(['person', 'agent']);
/** Relations under a reported clause's predicate whose head words may name the wrongdoing it reports ("contravened [obj] the agreement"). */
const REPROACH_ARGUMENTS = ['obj', 'obl', 'xcomp'];
/** Prepositions by which an event frames what a verb of undergoing's subject suffered ("suffered casualties in an offensive by Iran"). */
const UNDERGONE_IN = new Set(['in', 'during', 'under']);
/** The preposition by which a copular clause puts its subject in a group ("was among the countries that …"). */
const MEMBERSHIP_CASE = 'among';
/** Markers of what an accusation charges ("accused Russia of sending"). */
const ALLEGED_MARKS = new Set(['of']);
/** The verb of accusation whose charge "with" marks too, and its marks. */
const CHARGE = 'charge';
const CHARGE_MARKS = new Set(['of', 'with']);
/** How far above an event's trigger the accusation whose charge holds it is looked for. */
const MAX_ALLEGATION_DEPTH = 4;
/** Determiners by which an act noun points back to an act already told ("the announcement", "this move"). */
const ANAPHORIC_DETERMINERS = new Set(['the', 'this', 'that']);
/** Relations of a noun that may be the event itself under a light verb. */
const OBJECT_RELS = ['obj'];

/** Whether a word is a pronoun that may stand for an actor named before. */
export function isPronoun(mods: Modifiers, word: string): boolean {
  return mods.pronoun.has(word) || mods['pronoun-body'].has(word) || mods['pronoun-group'].has(word) || mods['pronoun-speaker'].has(word);
}

/** Whether a word list of modifiers.tsv holds a token, by its form or its lemma. */
export function listed(words: ReadonlySet<string>, token: Token): boolean {
  return words.has(token.norm) || words.has(token.lemma);
}

/** Whether a side is an institution or sector of a country (modifiers.tsv `national`: GOV, LEG, JUD, …) named with no country. */
export function isUnplaced(mods: Modifiers, m: ActorMention): boolean {
  return m.code.startsWith('---') && mods.national.has(m.code.slice(3).toLowerCase());
}

/** Whether a token is an act noun of modifiers.tsv `anaphor` ("statement", "strikes"), by its form or lemma. */
export function isActNoun(mods: Modifiers, token: Token): boolean {
  return listed(mods.anaphor, token);
}

function inflection(word: string): string {
  return /ing$/.test(word) ? 'ing' : /ed$/.test(word) ? 'ed' : /s$/.test(word) ? 's' : 'base';
}

/** Marks that open a quotation. */
const OPENING_QUOTES = new Set(['"', '“', '«', "``"]);
/** Marks that close a quotation. */
const CLOSING_QUOTES = new Set(['"', '”', '»', "''"]);
/** How many phrases a place may hang below the act it locates ("meetings between [the ministers [of both countries [in Georgia]]]"). */
const PLACE_NOUN_DEPTH = 4;
/** How many words after a naming verb a quoted predicate may open, and how long it may be. */
const QUOTE_REACH = 6;
/** Forms of the auxiliary of a passive ("was attacked", "got arrested"), by lower-case form: lemmas of upper-case wire copy may be unreduced. */
const PASSIVE_AUXILIARIES = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "'s", "'re", 'get', 'gets', 'got', 'gotten', 'getting']);
/** Determiners that deny the noun they go with ("no agreement"). */
const NEGATIVE_DETERMINERS = new Set(['no', 'neither']);
/** Tags of a predicate said of an object. */
const PREDICATE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Tags of words that can be a subject; a misparse may hang an adverb or adjective as one. */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X']);

/**
 * Tags of the word before a participle that make it surely an adjective of the next noun: a determiner ("the
 * occupied territories"), a preposition or particle ("hand over alleged bombers"), a number, a possessive; not
 * a noun nor a verb, after which it is often the misparsed verb of that word as subject ("U.S. helicopter
 * gunships strafed Iraqi positions" with "gunships" tagged a verb).
 */
const DESCRIBED_AFTER = new Set(['DET', 'ADP', 'NUM', 'PRON']);
/** Superlative adjectives ("highest", "senior-most" aside): a noun they rank, completed by an infinitive, did it ("the highest official to visit"). */
const SUPERLATIVE = /^(?:high|low|great|larg|bigg|old|young|late)est$/;
/** The adverb of a periphrastic superlative ("the most senior"). */
const MOST = 'most';
/** How far after its verb an object may be and still rule out a target found by word order. */
const NEAR_OBJECT = 4;
/** How deep below a threat's trigger its condition clause is looked for ("threatened [to stop [talks [to reduce [… if X …]]]]"). */
const MAX_CONDITION_DEPTH = 5;

/** Where else a target is looked for, by the kind of event. */
export interface TargetSearch {
  /** A demand or an appeal: the subject of its "that" clause ("demanded that the United States change …"). */
  addressee?: boolean;
  /** A threat: the subject of its condition ("… if the United States deploys …"). */
  conditioned?: boolean;
  /** A protest: the target of its purpose, also under the verb of a noun pattern ("staged demonstrations to demand …"). */
  purpose?: boolean;
  /** A meeting: "on" names what is talked about, not with whom ("due to meet on crises including Libya"). */
  meeting?: boolean;
}

/** A participant as the tree gives it. */
export type Role = ActorMention | null | undefined;

/** Roles of one trigger. */
export interface DependencyRoles {
  source: Role;
  target: Role;
  /** The trigger is a passive verb: the subject is the target. */
  passive: boolean;
  /** Actors coordinated with a pronoun subject ("he and Lavrov discussed"), which expand the source like a coordinated mention. */
  coSources?: ActorMention[];
}

/**
 * Relations of a pronoun that is itself a verb's argument (not a possessor): "beat them back", "met him". ("It" is
 * left as it was: an object "it" is more often an act or a thing than an actor.)
 */
const ARGUMENT_PRONOUN_RELS = new Set(['obj', 'iobj']);

/** Reads roles off one parsed sentence. */
export class RoleReader {
  private readonly inMention = new Map<number, ActorMention>();

  constructor(
    private readonly parse: SentenceParse,
    private readonly tokens: readonly Token[],
    actors: readonly ActorMention[],
    private readonly mods: Modifiers,
    /** The actor a pronoun at a token stands for, if known; never `not` (a clause's subject, for its object pronoun). */
    private readonly antecedent: (pronoun: string, token: number, not?: ActorMention | null) => ActorMention | null = () => null,
    /** The doer of an act reported before, named here by an act noun (its lemma), if any; `coded` asks for a coded act's only. */
    private readonly previousDoer: (noun: string, coded?: boolean) => ActorMention | null = () => null,
    /** Who spoke last before this sentence, for a quote that goes on with no speaker of its own. */
    private readonly previousSpeaker: () => ActorMention | null = () => null,
  ) {
    for (const a of actors) for (let t = a.firstToken; t < a.endToken; t++) if (!this.inMention.has(t)) this.inMention.set(t, a);
  }

  /** The actor a participant word stands for: the mention holding it or one hanging below it. */
  actorFor(word: number, depth = 0, skip: ReadonlySet<number> = new Set()): ActorMention | null {
    const own = this.inMention.get(word);
    if (own) return this.owned(own);
    // "the Soviet news agency Tass", "militia leader Haftar": a name right after a role mention is that actor.
    const before = this.inMention.get(word - 1);
    if (before && before.endToken === word && (before.kind === 'agent' || before.kind === 'government')
      && this.parse.upos[word - this.parse.first] === 'PROPN') return this.owned(before);
    if (isPronoun(this.mods, this.tokens[word].norm)) return this.pronounActor(word);
    if (depth >= MAX_NOUN_DEPTH) return null;
    // "its enemies including the United States": a named member is the participant, not the group's owner.
    for (const c of childrenWith(this.parse, word, ['nmod', 'obl'])) {
      if (skip.has(c) || !this.mods.member.has(caseWord(this.parse, this.tokens, c))) continue;
      // A member of no known country ("aircraft including helicopter gunships") says less than the group's owner.
      const member = this.inMention.get(c);
      if (member?.country) return this.owned(member);
    }
    for (const c of childrenWith(this.parse, word, NOUN_LINKS)) {
      if (skip.has(c)) continue;
      // "the talks on Iran" names the topic, not an owner; only possessors and origins (modifiers.tsv `owner`) count below a noun.
      const prep = caseWord(this.parse, this.tokens, c);
      if (prep && !this.mods.owner.has(prep)) continue;
      const found = this.actorFor(c, depth + 1, skip);
      // "the embassy riot": a bare role noun modifying a noun that is no actor is not a participant.
      if (found && !(found.code.startsWith('---') && relOf(this.parse, c) === 'compound')) return found;
    }
    return null;
  }

  /** The actor pronoun token `word` stands for: the quote's speaker for "we", "our"; else an antecedent. */
  private pronounActor(word: number): ActorMention | null {
    const norm = this.tokens[word].norm;
    if (this.mods['pronoun-speaker'].has(norm)) return this.speaker();
    const objectPronoun = !this.mods['pronoun-body'].has(norm) && ARGUMENT_PRONOUN_RELS.has(relOf(this.parse, word));
    return this.antecedent(norm, word, objectPronoun ? this.clauseSubject : null);
  }

  /** The subject of the verb whose target is being read, which that verb's object pronoun cannot stand for. */
  private clauseSubject: ActorMention | null = null;

  /** Who speaks in the sentence: the actor that is the subject of a verb of speech ("…," the spokesman said). Found once per sentence. */
  private speaker(): ActorMention | null {
    if (this.sentenceSpeaker === undefined) {
      // "our spokesman said": a speaker pronoun met while looking for the speaker stands for no one.
      this.sentenceSpeaker = null;
      this.sentenceSpeaker = this.findSpeaker();
    }
    return this.sentenceSpeaker;
  }

  private sentenceSpeaker: ActorMention | null | undefined;

  private findSpeaker(): ActorMention | null {
    const p = this.parse;
    for (let v = p.first; v < p.end; v++) {
      if (p.upos[v - p.first] !== 'VERB' || !this.mods.speech.has(this.tokens[v].lemma)) continue;
      const subject = this.subjectWord(v);
      if (subject === undefined || this.mods['pronoun-speaker'].has(this.tokens[subject].norm)) continue;
      const a = this.actorFor(subject);
      if (a) return a;
    }
    // “Working with the United States, we will take specific action.”: a sentence that opens a
    // quote and names no speaker goes on with the words of whoever spoke just before.
    return OPENING_QUOTES.has(this.tokens[p.first].text) ? this.previousSpeaker() : null;
  }

  /**
   * "Iraq said its forces…": an agent with no country, owned by a pronoun, takes the country
   * of the actor the pronoun stands for (IRQMIL).
   */
  owned(m: ActorMention): ActorMention {
    if (!m.code.startsWith('---')) return m;
    const before = m.firstToken - 1;
    const word = this.tokens[before]?.norm;
    if (!word || !isPronoun(this.mods, word)) return m;
    const owner = this.pronounActor(before);
    if (!owner?.country) return m;
    return { ...m, code: owner.country + m.code.slice(3), country: owner.country };
  }

  /** The word acting as the subject of verb `v`, following control, conjunction and relative clauses. */
  subjectWord(v: number, seen = new Set<number>()): number | undefined {
    if (seen.has(v)) return undefined;
    seen.add(v);
    const p = this.parse;
    const active = this.falsePassive(v);
    const subj = childrenWith(p, v, ['nsubj', 'csubj']).filter((c) => active || !relOf(p, c).endsWith(':pass'));
    if (subj.length) {
      // Two subjects come from a misparse ("PARIS, March 20 - Chadian troops killed"): the nearer
      // one is right, unless it is no nominal ("Bangladesh has outright rejected") or the other
      // alone names an actor ("Kerry earlier this week met with", "this week" taken for a subject).
      const nominals = subj.filter((c) => NOMINAL_TAGS.has(p.upos[c - p.first]));
      const named = subj.length > 1 ? nominals.filter((c) => this.actorFor(c)) : [];
      const s = (named.length ? named : nominals.length ? nominals : subj).reduce((a, b) => (Math.abs(b - v) < Math.abs(a - v) ? b : a));
      if (this.mods.relative.has(this.tokens[s].norm) && relOf(p, v).startsWith('acl')) return this.groupMember(headOf(p, v));
      return s;
    }
    const rel = relOf(p, v);
    const h = headOf(p, v);
    if (h < 0) return undefined;
    if (rel === 'conj') return this.subjectWord(this.conjunctPartner(v, h), seen);
    // "He was in Uzbekistan": a copula's subject hangs from its predicate.
    // ("the front group for Iran, which is in Lebanon" places a group; a relative clause is left to word order.)
    if (rel === 'cop' && !relOf(p, h).startsWith('acl')) return this.subjectWord(h, seen);
    // "vetoed a UN resolution condemning Israel", the participle misparsed as the verb's: a participle right
    // after the verb's object that names an actor of its own, which the verb does not make its subject's
    // act (as "issued a statement condemning" does), is that object's act.
    // ("surprised them by proposing talks" is a gerund of means, done by the subject.)
    if (rel === 'advcl' && this.tokens[v].norm.endsWith('ing') && !this.mods.light.has(this.tokens[h].lemma) && !childrenWith(p, v, ['mark']).length) {
      const object = childrenWith(p, h, ['obj']).find((o) => o < v && o >= v - 2 && p.upos[o - p.first] !== 'PRON' && this.actorFor(o));
      if (object !== undefined) return object;
    }
    if (rel === 'advcl') return this.subjectWord(h, seen);
    if (rel === 'xcomp') {
      // "urged Iran to stop": the object controls; "agreed to meet": the subject does.
      const obj = childrenWith(p, h, ['obj']);
      // "telephoned Netanyahu to express concern": after a verb of contact the infinitive is the subject's purpose.
      if (obj.length && !this.mods.contact.has(this.tokens[h].lemma)) return obj[0];
      // "called on Tehran to protect": an actor after "on" is asked, and controls like an object.
      const asked = childrenWith(p, h, ['obl']).find((c) => this.mods.addressee.has(caseWord(p, this.tokens, c)) && this.actorFor(c));
      // "Obama was recorded disparaging Netanyahu": a passive verb's subject controls its complement.
      return asked ?? this.subjectWord(h, seen) ?? childrenWith(p, h, ['nsubj:pass'])[0];
    }
    if (rel === 'acl' && this.tokens[v].norm.endsWith('ing') && this.isLightObject(h)) return this.subjectWord(headOf(p, h), seen);
    if (rel === 'acl:relcl' || (rel === 'acl' && this.tokens[v].norm.endsWith('ing'))) return h;
    // "Netanyahu's chief rival, Benny Gantz, criticised the Palestinian response", misparsed as a
    // participle of "rival": a participle with an object of its own is active, done by that noun.
    if (this.participleOfNoun(v) && this.hasObject(v)) return h;
    return undefined;
  }

  /**
   * Whether `v` is a past participle opening the sentence as a clause of its own ("Asked how Turkey
   * would react, he said …"): a passive whose patient is the main clause's subject.
   */
  private openingParticiple(v: number): boolean {
    const p = this.parse;
    const first = OPENING_QUOTES.has(this.tokens[p.first].text) ? p.first + 1 : p.first;
    return v === first && relOf(p, v) === 'advcl' && /ed$|en$/.test(this.tokens[v].norm)
      && childrenWith(p, v, ['nsubj', 'aux']).length === 0;
  }

  /** Whether `v` is a past participle hung from a noun ("the deal negotiated by Obama"). */
  private participleOfNoun(v: number): boolean {
    return relOf(this.parse, v) === 'acl' && /ed$|en$/.test(this.tokens[v].norm);
  }

  /** Whether verb `v` has a direct object after it, which no passive has. */
  hasObject(v: number): boolean {
    return this.objectsAfter(v).length > 0;
  }

  /** Whether verb `v` has a direct object after it whose lemma is in `lemmas` ("struck a [note]"). */
  hasObjectIn(v: number, lemmas: ReadonlySet<string>): boolean {
    // "has been hit by a series of U.N. and U.S. sanctions": a passive's agent is what strikes, like an object.
    // ("a series of sanctions": the noun a quantity hangs over.)
    const agent = this.isPassive(v) ? this.agentWord(v) : undefined;
    const agents = agent === undefined ? [] : [agent, ...childrenWith(this.parse, agent, ['nmod'])];
    // "the agreement they struck in Geneva": a relative clause's verb with no object of its own has the noun it describes for one.
    const ownObjects = childrenWith(this.parse, v, ['obj']).filter((o) => !this.mods.relative.has(this.tokens[o].norm));
    const described = relOf(this.parse, v) === 'acl:relcl' && !ownObjects.length ? [headOf(this.parse, v)] : [];
    return [...this.objectsAfter(v), ...agents, ...described].some((o) => o >= 0 && lemmas.has(this.tokens[o].lemma));
  }

  /** The direct objects of verb `v` that follow it (one before it is a misparsed name). */
  private objectsAfter(v: number): number[] {
    return childrenWith(this.parse, v, ['obj']).filter((o) => o > v);
  }

  /**
   * The subject of a clause that places it among the group noun `n` ("China … was among the
   * countries that reprimanded North Korea" → China), else `n` itself.
   */
  private groupMember(n: number): number {
    const p = this.parse;
    if (n < 0 || caseWord(p, this.tokens, n) !== MEMBERSHIP_CASE) return n;
    return childrenWith(p, n, ['nsubj'])[0] ?? n;
  }

  /**
   * Whether noun `n` is the object of a light verb and no actor ("Russia issued a statement
   * condemning …", "students staged a rally demanding …"): a participle hung from it is done by
   * the light verb's subject, not by the statement or the rally.
   */
  private isLightObject(n: number): boolean {
    return this.lightVerb(n) >= 0 && !this.actorFor(n);
  }

  /** The light verb whose object noun `n` is ("launch" in "plans to launch an offensive"), or −1. */
  /** Whether noun `n` is what a noun of menace threatens ("the threat [of a U.S. strike]", modifiers.tsv `menace`). */
  menaced(n: number): boolean {
    const h = headOf(this.parse, n);
    return h >= 0 && relOf(this.parse, n).startsWith('nmod') && caseWord(this.parse, this.tokens, n) === 'of'
      && listed(this.mods.menace, this.tokens[h]);
  }

  lightVerb(n: number): number {
    const h = headOf(this.parse, n);
    return h >= 0 && OBJECT_RELS.includes(relOf(this.parse, n)) && this.mods.light.has(this.tokens[h].lemma) ? h : -1;
  }

  /**
   * The verb a conjoined verb shares its subject with: its head, or higher up the head's
   * verb chain the first verb of the same inflection ("pushes Congress to impose … and
   * criticizes" attaches to "pushes", whatever the parse says).
   */
  private conjunctPartner(v: number, h: number): number {
    const form = inflection(this.tokens[v].norm);
    if (inflection(this.tokens[h].norm) === form) return h;
    for (let up = headOf(this.parse, h), n = 0; up >= 0 && n < 3; up = headOf(this.parse, up), n++) {
      if (this.parse.upos[up - this.parse.first] === 'VERB' && inflection(this.tokens[up].norm) === form) return up;
    }
    return h;
  }

  /** The passive doer of `v` ("by X"), as a word. */
  agentWord(v: number): number | undefined {
    const p = this.parse;
    const agent = (w: number) => childrenWith(p, w, ['obl']).find((c) => relOf(p, c) === 'obl:agent' || this.mods.agent.has(caseWord(p, this.tokens, c)));
    // "were shot dead by Israeli troops": the parse may hang the agent from the verb's secondary predicate.
    const direct = agent(v) ?? childrenWith(p, v, ['xcomp']).map(agent).find((c) => c !== undefined);
    if (direct !== undefined) return direct;
    // "was accused of corruption by Israel": the parse may hang the agent from the oblique before it. Only an
    // actor counts there ("accused of complicity in attacks by Hamas" names the attacks' doer, no actor of "complicity").
    for (const o of childrenWith(p, v, ['obl']).filter((c) => c > v)) {
      const by = childrenWith(p, o, ['nmod']).find((c) => this.mods.agent.has(caseWord(p, this.tokens, c)) && this.inMention.has(c));
      if (by !== undefined && !isActNoun(this.mods, this.tokens[o])) return by;
    }
    return undefined;
  }

  /**
   * The clauses verb of speech `v` reports: its complements ("said Sudan must …"), or the quote it
   * is appended to ('"… must be explained," the spokesman said', which the parse hangs the other way).
   */
  private reportedClauses(v: number): number[] {
    const p = this.parse;
    const h = headOf(p, v);
    return [...childrenWith(p, v, ['ccomp']), ...(relOf(p, v) === 'parataxis' && h >= 0 && h < v ? [h] : [])];
  }

  /** Whether `word` lies inside a clause that verb `v` reports ("reiterated that Russia has days to …"). */
  inReport(v: number, word: number): boolean {
    const p = this.parse;
    for (let k = word, n = 0; k >= 0 && n < p.end - p.first; k = headOf(p, k), n++) {
      if (headOf(p, k) === v) return relOf(p, k) === 'ccomp';
    }
    return false;
  }

  /**
   * "Russia said Sudan must return the helicopter": a statement whose clause says what another
   * actor must (or should) do is a demand (an appeal) to that actor. Returns the clause's
   * subject and whether the modal was a demand's or an appeal's, or null.
   */
  obligation(v: number): { subject: ActorMention; demand: boolean } | null {
    const p = this.parse;
    for (const c of this.reportedClauses(v)) {
      // "Israel needed to end its blockade": a semi-modal (modifiers.tsv `demand-semimodal`) heading the clause, with its infinitive, obliges as "must" does.
      // ("needed no encouragement to …" has an object: it needs a thing, it is told nothing.)
      const semi = listed(this.mods['demand-semimodal'], this.tokens[c]) && !childrenWith(p, c, ['obj']).length
        && childrenWith(p, c, ['xcomp']).some((x) => childrenWith(p, x, ['mark']).some((m) => this.tokens[m].norm === 'to'));
      const modal = childrenWith(p, c, ['aux']).map((a) => this.tokens[a].norm)
        .find((w) => this.mods['demand-modal'].has(w) || this.mods['appeal-modal'].has(w));
      const subj = childrenWith(p, c, ['nsubj'])[0];
      const subject = (semi || modal) && subj !== undefined ? this.actorFor(subj) : null;
      if (subject) return { subject, demand: semi || this.mods['demand-modal'].has(modal!) };
    }
    return null;
  }

  /**
   * "Erdem said Greek activities contravened the agreement": a statement whose reported clause is
   * built on a word of wrongdoing (modifiers.tsv `reproach`) accuses that clause's subject. The word
   * may be the clause's predicate, the head of its object or oblique, or an adjective of one of
   * these ("had embarked on an adventurist path"). A clause joined to the reported one by "but"
   * or "and" is reported too ("said fighting was continuing but that Iran had exaggerated …").
   * A clause built on a hostile act (`charge`: "said the Taliban attacked a checkpoint") and
   * following the verb accuses its subject only when `mayCharge` allows it (not the speaker's own state).
   * A negated clause ("said Iran had not violated …") accuses no one. Returns the accused actor or null.
   */
  reproached(v: number, mayCharge: (accused: ActorMention) => boolean): ActorMention | null {
    const p = this.parse;
    const reported = this.reportedWithConjuncts(v);
    // "said it believed Iran fired the missiles": a report within the report is reported too.
    const clauses = [...reported, ...reported.filter((c) => this.mods.speech.has(this.tokens[c].lemma)).flatMap((c) => this.reportedClauses(c))];
    const has = (words: number[], kind: ReadonlySet<string>) => words.some((w) => listed(kind, this.tokens[w]));
    for (const c of clauses) {
      if (childrenWith(p, c, ['advmod', 'aux', 'neg']).some((k) => this.mods.negation.has(this.tokens[k].norm))) continue;
      const heads = [c, ...childrenWith(p, c, REPROACH_ARGUMENTS)];
      const words = [...heads, ...heads.slice(1).flatMap((h) => childrenWith(p, h, ['amod']))];
      const subject = childrenWith(p, c, ['nsubj'])[0];
      // "said the travesty of the Israel aggression on Gaza will end": a subject that is, or has as its complement, a
      // noun of wrongdoing owned by an actor accuses that actor.
      if (c > v && subject !== undefined) {
        const owned = [subject, ...childrenWith(p, subject, ['nmod'])].filter((n) => listed(this.mods.reproach, this.tokens[n]))
          .map((n) => this.nounRoles(n).source).find((a): a is ActorMention => !!a);
        if (owned && mayCharge(owned)) return owned;
      }
      const reproach = has(words, this.mods.reproach);
      // A trailing attribution ("Rebels shelled Juba, officials said") sources the report; it accuses no one of an act.
      // "said Israel had committed a massacre": the object of a verb of perpetration is the clause's act.
      const acts = listed(this.mods.perpetration, this.tokens[c]) ? [c, ...childrenWith(p, c, ['obj'])] : [c];
      if (!reproach && (c < v || !has(acts, this.mods.charge))) continue;
      const subj = childrenWith(p, c, ['nsubj', 'nsubj:pass'])[0] ?? this.raisedSubject(c);
      // The subject of a passive act is its victim ("said civilians were killed"), not the accused.
      const accused = subj === undefined || (relOf(p, subj) === 'nsubj:pass' && !reproach) ? null : this.actorFor(subj);
      if (accused && (reproach || mayCharge(accused))) return accused;
    }
    return null;
  }

  /**
   * The clauses verb of speech `v` reports, and those joined to them by "but" or "and" ("said fighting was
   * continuing but that Iran had exaggerated …").
   */
  private reportedWithConjuncts(v: number): number[] {
    return this.reportedClauses(v).flatMap((c) => [c, ...childrenWith(this.parse, c, ['conj'])]);
  }

  /** The actor subject of the first clause verb of speech `v` reports ("reiterated that Russia has days to …" → Russia), or null. */
  reportedSubject(v: number): ActorMention | null {
    for (const c of this.reportedClauses(v)) {
      const subj = childrenWith(this.parse, c, ['nsubj'])[0];
      const a = subj === undefined ? null : this.actorFor(subj);
      if (a) return a;
    }
    return null;
  }

  /**
   * "Russia said the strikes were unacceptable": a statement whose reported clause is built on a word
   * of disapproval (modifiers.tsv `disapproval`: the clause's predicate, or an adjective of it) says
   * ill of the clause's subject, an actor or the doer of an act told before ("the strikes"). A negated
   * clause says no ill. Returns that actor when `may` allows it (not the speaker's own side), or null.
   */
  disapproved(v: number, may: (target: ActorMention) => boolean): ActorMention | null {
    const p = this.parse;
    for (const c of this.reportedWithConjuncts(v)) {
      if (childrenWith(p, c, ['advmod', 'aux', 'neg', 'det']).some((k) => this.mods.negation.has(this.tokens[k].norm))) continue;
      const words = [c, ...childrenWith(p, c, ['amod'])];
      if (!words.some((w) => listed(this.mods.disapproval, this.tokens[w]))) continue;
      const subj = childrenWith(p, c, ['nsubj'])[0];
      if (subj === undefined) continue;
      // An act is said ill of its doer ("the American plan", "the strikes" told before), not of its victim ("Soleimani's killing").
      const target = isActNoun(this.mods, this.tokens[subj])
        ? (this.nounRoles(subj).source ?? null) ?? (this.isAnaphor(subj) ? this.previousDoer(this.tokens[subj].lemma) : null)
        : this.actorFor(subj);
      if (target && may(target)) return target;
    }
    return null;
  }

  /**
   * "believed Iran fired the missiles", parsed with "Iran" as the object of "believed": the object of
   * a verb of speech right before a reported clause that has no subject of its own is that clause's subject.
   */
  private raisedSubject(c: number): number | undefined {
    const p = this.parse;
    const h = headOf(p, c);
    if (h < 0 || relOf(p, c) !== 'ccomp' || !this.mods.speech.has(this.tokens[h].lemma)) return undefined;
    return childrenWith(p, h, ['obj']).find((o) => o > h && o < c);
  }

  /**
   * Whether token `word` belongs to the speaker of a report rather than to the event at `trigger`:
   * on its way up the tree it passes through the subject of a verb of speech ("…, relief officials
   * in Nairobi said"). A wire dateline ("BAGHDAD, March 11 - Iraq said") is no subject and stays.
   */
  inAttribution(trigger: number, word: number): boolean {
    for (let k = word, n = 0; k >= 0 && n < this.parse.end - this.parse.first; k = headOf(this.parse, k), n++) {
      if (k === trigger) return false;
      const h = headOf(this.parse, k);
      if (h >= 0 && relOf(this.parse, k) === 'nsubj' && this.mods.speech.has(this.tokens[h].lemma)) return true;
    }
    return false;
  }

  /**
   * Whether word `word` (a place) hangs, at any depth, from the trigger or from the word the trigger
   * hangs from: "attacks by Iran and Iraq was high on the agenda for next week's summit in Venice" puts
   * the summit, not the attacks, in Venice.
   */
  inScopeOf(trigger: number, word: number): boolean {
    const p = this.parse;
    // A place before the trigger may set the scene for the clauses after it ("In the Syria operation, Bahrain …
    // joined the U.S. in carrying out airstrikes"): any word above the trigger will do.
    const above = new Set<number>([trigger]);
    for (let k = headOf(p, trigger), n = 0; k >= 0 && n < p.end - p.first && (n === 0 || word < trigger); k = headOf(p, k), n++) above.add(k);
    for (let k = word, n = 0; k >= 0 && n < p.end - p.first; k = headOf(p, k), n++) if (above.has(k)) return true;
    return false;
  }

  /**
   * Whether the place spanning words `first`…`last` is where the act of `trigger` happened, said of the act
   * itself: an oblique of the verb or a modifier of the noun ("met in Vienna", "talks in Geneva"), through
   * no more than a few nouns ("meetings between the ministers of both countries in Georgia", which the parse
   * may hang from "countries") and no other verb. "met … to express support for the efforts to keep the
   * war in Syria from spilling" names where the war is, not the meeting.
   */
  locates(trigger: number, first: number, last: number): boolean {
    const p = this.parse;
    let w = last;
    for (let n = 0; n <= last - first && headOf(p, w) >= first && headOf(p, w) <= last; n++) w = headOf(p, w);
    for (let depth = 0; depth < PLACE_NOUN_DEPTH; depth++) {
      const rel = relOf(p, w);
      if (!rel.startsWith('obl') && !rel.startsWith('nmod')) return false;
      w = headOf(p, w);
      if (w === trigger) return true;
      if (w < 0 || p.upos[w - p.first] !== 'NOUN' && p.upos[w - p.first] !== 'PROPN') return false;
    }
    return false;
  }

  /** Whether noun `n` names a lasting conflict inside a prepositional phrase ("an ally in the war against terrorism"): background, not an event. */
  isBackground(n: number): boolean {
    const rel = relOf(this.parse, n);
    return this.mods.durative.has(this.tokens[n].norm) && (rel.startsWith('obl') || rel.startsWith('nmod')) && caseWord(this.parse, this.tokens, n) !== '';
  }

  /** Whether noun `w` (or the head of its compound) has an adjective of `words` ("a possible strike"). */
  qualifiedBy(w: number, words: ReadonlySet<string>): boolean {
    const n = this.phraseHead(w);
    return [n, ...(n === w ? [] : [w])].some((x) => childrenWith(this.parse, x, ['amod']).some((a) => listed(words, this.tokens[a])));
  }

  /** Whether a noun among `words` has a negative determiner ("no", "neither": "reached no agreement"). */
  deniedByDeterminer(words: readonly number[]): boolean {
    return words.some((w) => this.parse.upos[w - this.parse.first] === 'NOUN'
      // ("had no comment on" has its "no" in the pattern: declining comment is the event.)
      && childrenWith(this.parse, w, ['det']).some((d) => NEGATIVE_DETERMINERS.has(this.tokens[d].norm) && !words.includes(d)));
  }

  /** Whether the parse makes word `w` a verb with a subject of its own, which no noun has. */
  isVerbWithSubject(w: number): boolean {
    return this.parse.upos[w - this.parse.first] === 'VERB' && childrenWith(this.parse, w, ['nsubj', 'nsubj:pass']).length > 0;
  }

  /**
   * Whether word `w` opens a participial clause after a comma ("Trump flew to Riyadh, meeting with Saudi leaders"):
   * a verb done by the main clause's subject, whoever tagged it a noun.
   */
  isParticipleClause(w: number): boolean {
    const p = this.parse;
    return p.upos[w - p.first] === 'VERB' && relOf(p, w) === 'advcl' && this.tokens[w].norm.endsWith('ing')
      && w > p.first && this.tokens[w - 1].text === ',' && !childrenWith(p, w, ['mark', 'nsubj']).length;
  }

  /** Whether the parse tags word `w` a noun ("an offensive by Iran", which the tagger may call an adjective). */
  isNoun(w: number): boolean {
    return this.parse.upos[w - this.parse.first] === 'NOUN';
  }

  /**
   * Whether word `w` is a gerund clause opened by a subordinator ("responded by firing rockets at", "told
   * reporters before meeting the crown prince"): a verb, whoever tagged it a noun, as only clauses take one.
   */
  isMarkedGerund(w: number): boolean {
    const p = this.parse;
    // ("stopped short of ruling out airstrikes": under an adjective it may be a noun's complement.)
    return p.upos[w - p.first] === 'VERB' && relOf(p, w) === 'advcl' && p.upos[headOf(p, w) - p.first] === 'VERB'
      && childrenWith(p, w, ['mark']).length > 0;
  }

  /** Whether word `w` has a possessor in the parse ("the Saudis' severing"), which only nouns have. */
  hasPossessor(w: number): boolean {
    return childrenWith(this.parse, w, ['nmod:poss']).length > 0;
  }

  /** Whether the parse makes word `w` a noun with a determiner ("the U.S. killing of an Iranian general"), whatever its tag. */
  isDeterminedNoun(w: number): boolean {
    return this.isNoun(w) && childrenWith(this.parse, w, ['det']).length > 0;
  }

  /** Whether `v` modifies a noun as an adjective ("the occupied territories", "the outlawed ANC"): a state, not an event. */
  isAttributive(v: number): boolean {
    // A verb right after its subject ("troops encircled Ukrainian troops") is often misparsed as
    // an adjective of the next noun: only a participle after a determiner is surely one.
    // Adverbs of the participle may come between ("a heavily armed ruling minority").
    let before = v - 1;
    while (before > this.parse.first && this.parse.upos[before - this.parse.first] === 'ADV' && headOf(this.parse, before) === v) before--;
    return relOf(this.parse, v) === 'amod' && before >= this.parse.first && DESCRIBED_AFTER.has(this.parse.upos[before - this.parse.first]);
  }

  /**
   * Whether word `w` lies in what an accusation at one of `accusers` charges ("accused Russia of
   * [sending weaponry … to aid rebels]", "accusing Yanukovych of [ignoring their demands]"): on its
   * way up the tree it passes a phrase marked by one of ALLEGED_MARKS hung from the accusing verb
   * or from that verb's object.
   */
  alleged(w: number, accusers: ReadonlySet<number>, charged: ReadonlySet<string> = ALLEGED_MARKS): boolean {
    const p = this.parse;
    for (let k = w, n = 0; k >= 0 && n < MAX_ALLEGATION_DEPTH; k = headOf(p, k), n++) {
      const h = headOf(p, k);
      if (h < 0) return false;
      const accuser = accusers.has(h) ? h : OBJECT_RELS.includes(relOf(p, h)) && accusers.has(headOf(p, h)) ? headOf(p, h) : -1;
      if (accuser < 0) continue;
      // "charging its neighbor with supporting dissidents": after "charge", "with" marks the charge.
      const marks = this.tokens[accuser].lemma === CHARGE ? CHARGE_MARKS : charged;
      if ([...childrenWith(p, k, ['mark', 'case'])].some((c) => c < k && marks.has(this.tokens[c].norm))) return true;
    }
    return false;
  }

  /** Whether verb `v` opens a free relative on "what" ("in response to what he called Iranian aggression"): it names, it does not act. */
  namesFreeRelative(v: number): boolean {
    const h = headOf(this.parse, v);
    return h >= 0 && relOf(this.parse, v) === 'acl:relcl' && this.tokens[h].norm === FREE_RELATIVE;
  }

  /** Whether verb `v` has a predicate of its object ("called the response unacceptable", "called Putin a dictator"). */
  hasObjectPredicate(v: number): boolean {
    return this.objectPredicate(v) >= 0;
  }

  /**
   * The head of the predicate verb `v` gives its object ("called the move [unacceptable]", "described the attack
   * as [a violation]"), or −1. Both the object and its predicate must be there: a parse that takes a name for
   * the only complement is no small clause.
   */
  private objectPredicate(v: number): number {
    const p = this.parse;
    const objects = childrenWith(p, v, ['obj']);
    if (!objects.length) return this.quotedPredicate(v);
    const small = childrenWith(p, v, ['xcomp']).find((c) => PREDICATE_TAGS.has(p.upos[c - p.first]));
    if (small !== undefined) return small;
    // "called Israel's strikes very worrying": an adjective in -ing after the object may be parsed as a clause of its own.
    const participle = childrenWith(p, v, ['advcl']).find((c) => c > objects[0] && this.tokens[c].norm.endsWith('ing')
      && !childrenWith(p, c, ['mark', 'nsubj', 'obj', 'obl', 'ccomp', 'xcomp']).length);
    if (participle !== undefined) return participle;
    // "called the detonation an act of recklessness": the parse may take the predicate noun for a second object.
    if (objects.length > 1) return objects[objects.length - 1];
    // "labeled the leaders of the U.S. as criminals": the parse may hang the "as" phrase from the object.
    const asPhrase = (w: number, rel: string) => childrenWith(p, w, [rel]).find((c) => caseWord(p, this.tokens, c) === 'as');
    return asPhrase(v, 'obl') ?? asPhrase(objects[0], 'nmod') ?? this.quotedPredicate(v);
  }

  /**
   * The first word of a short quotation a few words after verb `v`, with no verb or comma before it
   * ("called Kim “Rocket Man”", "called Soleimani's killing a “heinous crime”"), or −1: a quoted
   * name for the object, which the parse rarely hangs as its predicate.
   */
  private quotedPredicate(v: number): number {
    const p = this.parse;
    for (let q = v + 2; q < Math.min(p.end, v + 1 + QUOTE_REACH); q++) {
      const tag = p.upos[q - p.first];
      if (tag === 'VERB' || tag === 'AUX' || this.tokens[q].text === ',') return -1;
      if (!OPENING_QUOTES.has(this.tokens[q].text)) continue;
      const inner = q + 1;
      if (inner >= p.end || this.tokens[inner].norm === 'to' || p.upos[inner - p.first] === 'VERB') return -1;
      for (let c = inner + 1; c < Math.min(p.end, inner + 1 + QUOTE_REACH); c++) if (CLOSING_QUOTES.has(this.tokens[c].text)) return inner;
      return -1;
    }
    return -1;
  }

  /** Whether the predicate verb `v` gives its object holds a word of praise (modifiers.tsv `praise`): "called the talks constructive". */
  praisingPredicate(v: number): boolean {
    const pred = this.objectPredicate(v);
    if (pred < 0) return false;
    const words = [pred, ...childrenWith(this.parse, pred, ['amod', 'compound', 'nmod', 'conj'])];
    return words.some((w) => listed(this.mods.praise, this.tokens[w]));
  }

  /** Whether word `w` is an adjective modifying a noun in the parse ("free" in "free Saudi elections"). */
  modifiesNoun(w: number): boolean {
    return relOf(this.parse, w) === 'amod' && this.parse.upos[w - this.parse.first] === 'ADJ';
  }

  /**
   * Whether the parse made `v` passive on an auxiliary that is no form of "be" or "get": "The United
   * States, NATO and the United Nations all called on Greece …" has "all" taken for one, and its
   * subjects are the callers.
   */
  private falsePassive(v: number): boolean {
    const aux = childrenWith(this.parse, v, ['aux:pass']);
    return aux.length > 0 && !aux.some((a) => PASSIVE_AUXILIARIES.has(this.tokens[a].norm) || PASSIVE_AUXILIARIES.has(this.tokens[a].lemma));
  }

  /** Whether `v` is a passive verb (has a passive subject or auxiliary, or is a participle modifying a noun). */
  isPassive(v: number): boolean {
    const p = this.parse;
    // "Israel is opposed to mediation": a stance, whose subject holds it.
    if (this.mods.stative.has(this.tokens[v].norm)) return false;
    if (this.falsePassive(v)) return false;
    if (childrenWith(p, v, ['nsubj:pass', 'aux:pass']).length) return true;
    return (this.participleOfNoun(v) || this.openingParticiple(v)) && !this.hasObject(v);
  }

  /**
   * The target among the dependents of the pattern words, last word first: objects, bare
   * obliques after the verb ("hosted [on Saturday] Hashimoto" parsed as an oblique), obliques
   * and noun modifiers introduced by a target preposition, then what hangs from an object that
   * is no actor ("break off relations with Congo", "rejected calls by Belarus"), then the
   * arguments of a controlled infinitive ("threatened to cut off power to Azerbaijan"). The
   * first actor wins; when there is none, a direct object means no actor target, and otherwise
   * the parse has no opinion. `how` says where else the event's kind looks (see TargetSearch).
   */
  targetActor(words: readonly number[], how: TargetSearch = {}, depth = 0): Role {
    const { addressee = false, conditioned = false, purpose = false, meeting = false } = how;
    const p = this.parse;
    const inPattern = new Set(words);
    // "rejected an offer from Afghanistan": after verbs of taking or refusing, "from" names the other side.
    const fromMarks = this.mods.counterpart.has(this.tokens[words[0]].lemma);
    let objectSeen = false;
    let unplacedTarget: ActorMention | null = null;
    for (const w of [...words].reverse()) {
      const deps = childrenWith(p, w, ['obj', 'iobj', 'obl', 'nmod']).filter((c) => !inPattern.has(c));
      // English objects follow their verb; one before it is a misparsed name ("Emmanuel [obj] Macron spoke").
      const objects = deps.filter((c) => /^i?obj/.test(relOf(p, c)) && c > w);
      // "a response to Iran, which the Americans blame": a relative object right after a name stands for it.
      for (const c of deps.filter((d) => relOf(p, d) === 'obj' && d < w && this.mods.relative.has(this.tokens[d].norm))) {
        const before = this.tokens[c - 1]?.norm === ',' ? c - 2 : c - 1;
        const named = this.inMention.get(before);
        if (named && named.endToken === before + 1) return this.owned(named);
        // "A Turkish research ship which Greece had threatened to tackle": the noun the clause describes.
        // Only a noun that is, or is owned by, an actor: "the talks that Russia helped broker in Kazakhstan" name no side.
        const described = this.relativeHead(w);
        const owner = described < 0 ? undefined : [described, ...childrenWith(p, described, ['amod', 'compound', 'nmod:poss'])].map((x) => this.inMention.get(x)).find(Boolean);
        if (owner) return this.owned(owner);
      }
      const bare = deps.filter((c) => c > w && relOf(p, c).startsWith('obl') && !caseWord(p, this.tokens, c));
      // "complained about X", "responded to X": the pattern's own preposition marks its target too.
      const marked = deps.filter((c) => this.mods.target.has(caseWord(p, this.tokens, c)) || (fromMarks && caseWord(p, this.tokens, c) === 'from')
        || childrenWith(p, c, ['case']).some((k) => inPattern.has(k)));
      // "hit back at its enemies including the United States", with "including" hung from the verb: the member named is the target.
      const members = deps.filter((c) => this.mods.member.has(caseWord(p, this.tokens, c)));
      // "discussed Iran with the Canadian foreign minister": the object of a verb of discussion is its topic.
      // (Only as the trigger: "declined to discuss Israel's request" declines toward Israel.)
      const topical = w === words[0] && this.mods.topical.has(this.tokens[w].lemma);
      // After a meeting "on" names the topic ("due to meet on crises including Libya"); a target below it still counts ("met on Monday with Lavrov").
      const sides = meeting ? marked.filter((c) => caseWord(p, this.tokens, c) !== TOPIC_CASE) : marked;
      const commenting = this.mods.commentary.has(this.tokens[w].lemma);
      for (const c of [...members, ...(topical ? [] : objects), ...bare, ...sides]) {
        // "condemned the killing of the Israeli soldiers": a comment on an act suffered is aimed at its doer, not its victim.
        if (commenting && objects.includes(c) && !this.inMention.has(c) && listed(this.mods.suffered, this.tokens[c])) {
          const doer = this.sufferedActDoer(c);
          if (doer) return doer;
          continue;
        }
        const a = this.actorFor(c, 0, inPattern) ?? this.namedByFreeRelative(c, inPattern);
        // "boosted security around embassies against Iranian attacks": an institution of no known country, which
        // cannot be a side (modifiers.tsv `national`), gives way to an actor named after it.
        if (a && isUnplaced(this.mods, a)) { unplacedTarget ??= a; continue; }
        if (a) return a;
      }
      // "met on Monday with Lavrov" parsed with "with Lavrov" under "Monday": a target phrase one level down.
      for (const c of marked) {
        for (const d of childrenWith(p, c, ['nmod']).filter((x) => this.mods.target.has(caseWord(p, this.tokens, x)))) {
          const a = this.actorFor(d, 0, inPattern);
          if (a) return a;
        }
      }
      // "condemned the attack on Israel by Hamas", "by" hung from the verb: the doer of the event the object names.
      // Only a verb commenting on an event has one: "broke off relations with Congo … by Arafat" names no doer of the relations.
      if (objects.length && !this.isPassive(w) && this.mods.commentary.has(this.tokens[w].lemma)) {
        for (const c of deps.filter((d) => d > w && this.mods.agent.has(caseWord(p, this.tokens, d)))) {
          const a = this.actorFor(c, 0, inPattern);
          if (a) return a;
        }
      }
      for (const o of objects) {
        // The same with "by" under the object: the doer comes before the victim.
        const phrases = childrenWith(p, o, ['nmod']).map((c) => ({ c, prep: caseWord(p, this.tokens, c) }));
        const byDoer = [...phrases.filter((x) => this.mods.agent.has(x.prep)), ...phrases.filter((x) => !this.mods.agent.has(x.prep))];
        for (const { c, prep } of byDoer) {
          if (!this.mods.target.has(prep) && !this.mods.agent.has(prep) && prep !== 'from') continue;
          const a = this.actorFor(c, 0, inPattern);
          if (a) return a;
        }
      }
      // "Greece declined comment on the statement", "was dismayed by the executions": an act noun
      // that an event is about stands for the act the sentence before reports, aimed at its doer.
      // Not after a verb of owning one's act (modifiers.tsv `owning`): "apologized for the attack" is not aimed at whoever did it.
      for (const c of listed(this.mods.owning, this.tokens[w]) ? [] : [...objects, ...marked]) {
        const doer = this.isAnaphor(c) ? this.previousDoer(this.tokens[c].lemma) : null;
        if (doer) return doer;
      }
      // Only an object close to its verb says the event has no actor target ("criticized the embassy riot").
      objectSeen ||= objects.some((o) => o - w <= NEAR_OBJECT);
    }
    const last = words[words.length - 1];
    if (depth === 0) {
      // The infinitive is often parsed as an adverbial clause ("threatened today to impose …"); a
      // protest's purpose may hang from its verb ("staged demonstrations to demand the resignation of …").
      const infinitives = [...new Set(purpose ? [last, words[0]] : [last])].flatMap((w) => childrenWith(p, w, ['xcomp', 'advcl']))
        .filter((c) => !inPattern.has(c) && (relOf(p, c) === 'xcomp' || childrenWith(p, c, ['mark']).some((m) => this.tokens[m].norm === 'to')));
      for (const x of infinitives) {
        const a = this.targetActor([x], {}, 1);
        if (a) return a;
      }
      // "imposed more sanctions, targeting the Central Bank of Iran": a participle of aiming (modifiers.tsv `aiming`) names the target.
      for (const x of words.flatMap((w) => childrenWith(p, w, ['advcl', 'acl']))) {
        if (inPattern.has(x) || !this.mods.aiming.has(this.tokens[x].lemma) || !this.tokens[x].norm.endsWith('ing') || childrenWith(p, x, ['nsubj']).length) continue;
        const a = this.targetActor([x], {}, 1);
        if (a) return a;
      }
      // "threatened to stop the talks if the United States deploys …": a threat is aimed at whoever must meet its condition.
      if (conditioned) {
        const a = this.conditionSubject(last);
        if (a) return a;
      }
      // "demanded that the United States match …": a demand or an appeal is addressed to the
      // subject of the clause that says what must be done.
      if (addressee) {
        for (const c of childrenWith(p, last, ['ccomp']).filter((x) => !inPattern.has(x))) {
          const subj = childrenWith(p, c, ['nsubj']);
          const a = subj.length ? this.actorFor(subj[0]) : null;
          if (a) return a;
        }
      }
    }
    return unplacedTarget ?? (objectSeen ? null : undefined);
  }

  /**
   * "condemned what it called Indian aggression": the actor of the noun a free relative's naming verb
   * names, or null.
   */
  private namedByFreeRelative(c: number, skip: ReadonlySet<number>): ActorMention | null {
    const p = this.parse;
    if (!this.mods.relative.has(this.tokens[c].norm)) return null;
    for (const v of childrenWith(p, c, ['acl:relcl']).filter((x) => listed(this.mods.naming, this.tokens[x]))) {
      for (const o of childrenWith(p, v, ['obj', 'xcomp'])) {
        const a = this.actorFor(o, 0, skip);
        if (a) return a;
      }
    }
    return null;
  }

  /** The noun whose relative clause verb `w` heads, through infinitives it controls ("ship which Greece threatened to tackle"), or -1. */
  private relativeHead(w: number): number {
    const p = this.parse;
    let v = w;
    while (relOf(p, v) === 'xcomp') v = headOf(p, v);
    return relOf(p, v) === 'acl:relcl' ? headOf(p, v) : -1;
  }

  /** Whether verb `v` has a conditional clause of its own ("… if cooperation founders", modifiers.tsv `condition`). */
  hasCondition(v: number): boolean {
    const p = this.parse;
    return childrenWith(p, v, ['advcl']).some((c) => childrenWith(p, c, ['mark']).some((m) => this.mods.condition.has(this.tokens[m].norm)));
  }

  /** The actor subject of the first conditional clause ("if X …", "unless X …") in the subtree of `w`, searched breadth-first. */
  private conditionSubject(w: number): ActorMention | null {
    const p = this.parse;
    let level = [w];
    for (let d = 0; d < MAX_CONDITION_DEPTH && level.length; d++) {
      const next: number[] = [];
      for (const x of level) {
        for (const c of p.children[x - p.first] ?? []) {
          const clause = relOf(p, c) === 'advcl' && childrenWith(p, c, ['mark']).some((m) => this.mods.condition.has(this.tokens[m].norm));
          const subj = clause ? childrenWith(p, c, ['nsubj'])[0] : undefined;
          const a = subj === undefined ? null : this.actorFor(subj);
          if (a) return a;
          next.push(c);
        }
      }
      level = next;
    }
    return null;
  }

  private toActor(word: number | undefined): Role {
    if (word === undefined) return undefined;
    return this.actorFor(word);
  }

  /** Roles of a verb trigger whose pattern matched `words` (first word = the verb). */
  verbRoles(words: readonly number[], how: TargetSearch = {}): DependencyRoles {
    const p = this.parse;
    // "sharply criticized": an adverb that opens the pattern is no clause of its own; its verb is.
    const v = p.upos[words[0] - p.first] === 'ADV' ? words.find((w) => p.upos[w - p.first] === 'VERB') ?? words[0] : words[0];
    const passive = this.isPassive(v);
    if (passive) {
      const subj = childrenWith(p, v, ['nsubj:pass'])[0] ?? (relOf(p, v) === 'acl' ? headOf(p, v)
        : this.openingParticiple(v) ? this.subjectWord(headOf(p, v)) : undefined);
      const agent = this.agentWord(v);
      // No agent named: the doer is unknown, so no event — unless the parse found no subject either.
      // "North Korea fired a missile. The launch was condemned by Japan": an act noun told before stands for its doer.
      const target = this.toActor(subj);
      // Only the subject of a passive clause: "the tanker attack, blamed by Kuwait on Iran" is described, not recalled.
      const recalled = target === null && subj !== undefined && relOf(p, subj) === 'nsubj:pass' && this.isAnaphor(subj)
        ? this.previousDoer(this.tokens[subj].lemma) : null;
      return { passive, target: recalled ?? target, source: agent === undefined ? (subj === undefined ? undefined : null) : this.toActor(agent) };
    }
    const subject = this.subjectWord(v);
    const source = this.toActor(subject);
    this.clauseSubject = source ?? null;
    const target = this.targetActor(words, how);
    this.clauseSubject = null;
    return { passive, source: source === null ? this.actNounDoer(subject) : source, target, coSources: this.pronounConjuncts(subject) };
  }

  /**
   * "he and Russian Foreign Minister Sergei Lavrov", "Chairman Kim and I": the actors coordinated with a pronoun subject, or
   * the pronouns coordinated with a named one, which mentions do not group.
   */
  private pronounConjuncts(subject: number | undefined): ActorMention[] | undefined {
    if (subject === undefined) return undefined;
    // "Chairman Kim and I have agreed": a pronoun conjoined to a named subject, which mentions do not group either.
    const pronounSubject = isPronoun(this.mods, this.tokens[subject].norm);
    const found = childrenWith(this.parse, subject, ['conj']).filter((c) => pronounSubject || isPronoun(this.mods, this.tokens[c].norm))
      .map((c) => this.actorFor(c)).filter((a): a is ActorMention => !!a);
    return found.length ? found : undefined;
  }

  /**
   * The doer of act suffered `noun` (modifiers.tsv `suffered`): its possessor when an "of" phrase names the victim
   * ("Russia's arrest of activists"), else the actor after "by", else the doer of the latest such act coded before
   * ("Hamas attacked Israeli soldiers. Kerry condemned the killing of the soldiers" → Hamas); null when none is known.
   */
  private sufferedActDoer(noun: number): ActorMention | null {
    const p = this.parse;
    const victimNamed = childrenWith(p, noun, ['nmod']).some((c) => caseWord(p, this.tokens, c) === OBJECT_CASE);
    const possessor = victimNamed ? childrenWith(p, noun, ['nmod:poss']).map((c) => this.actorFor(c)).find(Boolean) : undefined;
    return possessor ?? this.phraseActor(noun, (prep) => this.mods.agent.has(prep)) ?? this.previousDoer(this.tokens[noun].lemma, true);
  }

  /** "A rocket attack by Palestinian militants hit an Israeli town": an act noun as subject stands for its doer ("by …"). */
  private actNounDoer(subject: number | undefined): ActorMention | null {
    if (subject === undefined || !isActNoun(this.mods, this.tokens[subject])) return null;
    // "Peru's foreign ministry said the attack killed one Peruvian man": an act told before stands for its doer.
    // Only an act coded before will do: the first actor of the sentence before is too often a victim or a witness.
    return this.phraseActor(subject, (prep) => this.mods.agent.has(prep)) ?? (this.isAnaphor(subject) ? this.previousDoer(this.tokens[subject].lemma, true) : null);
  }

  /** The actor of the first "nmod" phrase under word `w` whose preposition `takes` accepts, or null. */
  private phraseActor(w: number, takes: (prep: string) => boolean): ActorMention | null {
    for (const c of childrenWith(this.parse, w, ['nmod'])) {
      if (!takes(caseWord(this.parse, this.tokens, c))) continue;
      const a = this.actorFor(c);
      if (a) return a;
    }
    return null;
  }

  /**
   * The words that set a verb trigger's status: its auxiliaries, adverbs and subordinators,
   * and those of the verbs that govern it through control ("refused to meet", "plans to
   * visit") or share it through conjunction ("will meet X and discuss"). Words elsewhere in
   * the sentence ("which has denied any role, accused…") do not count.
   */
  statusWords(v: number): number[] {
    const p = this.parse;
    // "cc" holds "rather (than)": "rather than travelling to Kabul" did not travel.
    const own = ['aux', 'advmod', 'mark', 'cc'];
    // "is not in Iraq": a copula's status words hang from its predicate.
    if (relOf(p, v) === 'cop' && headOf(p, v) >= 0) v = headOf(p, v);
    const words = childrenWith(p, v, own);
    for (let cur = v, n = 0; n < 2; n++) {
      const rel = relOf(p, cur);
      const h = headOf(p, cur);
      if (h < 0) break;
      if (rel === 'xcomp') {
        words.push(h, ...childrenWith(p, h, own));
        cur = h;
      } else if (rel === 'conj') {
        words.push(...childrenWith(p, h, ['aux']));
        // "demanded that Iraq release the prisoners and pay": the first conjunct's clause holds the second too.
        const wished = this.wishingHead(h);
        if (wished >= 0) words.push(wished);
        break;
      } else {
        // "vows to launch a strike", "a plan to attack": the noun an infinitive completes sets its status too.
        if (rel === 'acl' && this.infinitiveHead(cur) === h) words.push(h);
        // "demanded that Iraq release the prisoners": what a "that" clause asks for has not happened.
        const wished = this.wishingHead(cur);
        if (wished >= 0) words.push(wished);
        break;
      }
    }
    return words;
  }

  /**
   * Whether verb `v` (or the first of its conjuncts) heads a clause of hope whose doer is another than the
   * hoper (modifiers.tsv `wish`: "The Kremlin holds out hope that Trump will relax sanctions and help
   * Russia"): the act hoped for has not happened. One's own hope is an intent ("Moon said he hoped they
   * would have further meetings").
   */
  hopedFor(v: number): boolean {
    const p = this.parse;
    const c = relOf(p, v) === 'conj' && headOf(p, v) >= 0 ? headOf(p, v) : v;
    const h = this.clauseHead(c);
    if (h < 0 || !this.mods.wish.has(this.tokens[h].lemma)) return false;
    const hoper = this.toActor(this.subjectWord(h)) ?? this.toActor(this.subjectWord(headOf(p, h)));
    const doer = this.toActor(this.subjectWord(c));
    return !(hoper && doer && hoper.country !== null && hoper.country === doer.country);
  }

  /** The verb or noun of asking or denying (modifiers.tsv `mandative`, `denial`) whose "that" clause `c` heads, or −1. */
  private wishingHead(c: number): number {
    const h = this.clauseHead(c);
    return h >= 0 && (this.mods.mandative.has(this.tokens[h].lemma) || this.mods.denial.has(this.tokens[h].lemma)) ? h : -1;
  }

  /** The verb or noun whose "that" clause (complement or clause of a noun) `c` heads, or −1. */
  private clauseHead(c: number): number {
    const rel = relOf(this.parse, c);
    return rel === 'ccomp' || rel.startsWith('acl') ? headOf(this.parse, c) : -1;
  }

  /**
   * Whether verb `v` is an infinitive ("to meet") whose governing verb does not make it
   * happen: "agreed to meet", "sent troops to attack" are intended, "managed to meet" is not.
   */
  unrealisedInfinitive(v: number): boolean {
    if (this.scheduled(v)) return true;
    const h = this.infinitiveHead(v);
    return h !== undefined && (h < 0 || (!this.mods.implicative.has(this.tokens[h].lemma) && !this.ranked(h)));
  }

  /** Whether infinitive `v` is said to be due ("is to visit Cuba", "was also to travel to Doha"): it has a "to" and a form of "be" of its own. */
  private scheduled(v: number): boolean {
    const p = this.parse;
    return childrenWith(p, v, ['mark']).some((c) => this.tokens[c].norm === 'to') && childrenWith(p, v, ['cop', 'aux']).some((c) => this.tokens[c].lemma === 'be');
  }

  /**
   * Whether noun `n`, which an infinitive completes, is ranked by an ordinal of `implicative`
   * ("the first senior UAE official to visit Yugoslavia" did visit), also when the parse hangs
   * the infinitive from an adjective of that noun.
   */
  private ranked(n: number): boolean {
    const p = this.parse;
    const nouns = relOf(p, n) === 'amod' && headOf(p, n) >= 0 ? [n, headOf(p, n)] : [n];
    // A superlative ranks too: "the most senior Chinese official to visit Pyongyang", "the highest-ranking envoy to visit".
    const superlative = (a: number) => SUPERLATIVE.test(this.tokens[a].norm)
      || childrenWith(p, a, ['advmod', 'amod', 'compound']).some((c) => this.tokens[c].norm === MOST || SUPERLATIVE.test(this.tokens[c].norm));
    return nouns.some((x) => childrenWith(p, x, ['amod']).some((a) => this.mods.implicative.has(this.tokens[a].norm) || superlative(a)));
  }

  /** The verb governing infinitive `v` ("met to discuss" → met), −1 for none; undefined when `v` is no infinitive. */
  infinitiveHead(v: number): number | undefined {
    const p = this.parse;
    // "urged him to pull back forces and address …": a conjunct shares its infinitive's head.
    if (relOf(p, v) === 'conj' && !childrenWith(p, v, ['nsubj', 'aux', 'mark']).length) {
      const first = headOf(p, v);
      if (first >= 0 && this.parse.upos[first - p.first] === 'VERB') return this.infinitiveHead(first);
    }
    if (!childrenWith(p, v, ['mark']).some((c) => this.tokens[c].norm === 'to')) return undefined;
    if (!['xcomp', 'advcl', 'acl', 'ccomp'].includes(relOf(p, v).split(':')[0])) return undefined;
    return headOf(p, v);
  }

  /**
   * The target of a noun trigger that is the object of a verb of undergoing: that verb's subject
   * ("Iran drew criticism from the United States", "the test sparked condemnation from Japan").
   * Undefined otherwise.
   */
  private nounTarget(noun: number): Role {
    const h = this.undergoingVerb(noun);
    if (h < 0) return this.sufferedIn(noun) ?? this.respondedTo(noun);
    const subject = this.subjectWord(h);
    const actor = this.toActor(subject);
    // "North Korea claimed a nuclear test. The announcement drew condemnation from Japan": a bare
    // act noun stands for the act the sentence before reports, aimed at whoever did it.
    return !actor && subject !== undefined && this.isAnaphor(subject) ? this.previousDoer(this.tokens[subject].lemma) : actor;
  }

  /**
   * "Soleimani's death in an American drone strike": an event that frames what a noun of an act suffered
   * (modifiers.tsv `suffered`) names is aimed at that noun's possessor or "of" complement. Undefined otherwise.
   */
  private sufferedIn(word: number): Role {
    const p = this.parse;
    const noun = this.phraseHead(word);
    const h = headOf(p, noun);
    if (h < 0 || !relOf(p, noun).startsWith('nmod') || !UNDERGONE_IN.has(caseWord(p, this.tokens, noun)) || !listed(this.mods.suffered, this.tokens[h])) return undefined;
    for (const c of childrenWith(p, h, ['nmod'])) {
      if (relOf(p, c) !== 'nmod:poss' && caseWord(p, this.tokens, c) !== OBJECT_CASE) continue;
      const a = this.actorFor(c);
      if (a) return a;
    }
    return undefined;
  }

  /**
   * "Israeli jets resumed airstrikes in response to Hamas rocket fire": an act that a clause answers
   * (modifiers.tsv `response`) was aimed at that clause's subject, the side that answers it. Undefined otherwise.
   */
  private respondedTo(word: number): Role {
    const p = this.parse;
    const noun = this.phraseHead(word);
    const h = headOf(p, noun);
    if (h < 0 || !relOf(p, noun).startsWith('nmod') || !listed(this.mods.response, this.tokens[h])) return undefined;
    const v = headOf(p, h);
    if (v < 0 || !relOf(p, h).startsWith('obl') || p.upos[v - p.first] !== 'VERB') return undefined;
    return this.toActor(this.subjectWord(v)) ?? undefined;
  }

  /** Whether noun `n` is an act noun after "the", "this" or "that" (modifiers.tsv `anaphor`) with no actor below it. */
  private isAnaphor(n: number): boolean {
    if (!isActNoun(this.mods, this.tokens[n])) return false;
    return childrenWith(this.parse, n, ['det']).some((d) => ANAPHORIC_DETERMINERS.has(this.tokens[d].norm)) && !this.actorFor(n);
  }

  /**
   * The verb of undergoing ("drew", "faced") whose object noun `noun` is, or which it frames
   * ("Iraqi troops suffered 3,000 casualties in an offensive by Iran"), or −1.
   */
  private undergoingVerb(noun: number): number {
    const h = headOf(this.parse, noun);
    if (h < 0 || !this.mods.undergo.has(this.tokens[h].lemma)) return -1;
    const rel = relOf(this.parse, noun);
    return rel === 'obj' || (rel === 'obl' && UNDERGONE_IN.has(caseWord(this.parse, this.tokens, noun))) ? h : -1;
  }

  /**
   * The source of a noun trigger: its possessor or modifier ("Russia's invasion", "the
   * Russian invasion"), else the subject of a light verb taking it as object ("Israel launched
   * airstrikes"). Undefined when neither is there.
   */
  private nounSource(noun: number, joined: boolean): Role {
    const p = this.parse;
    // "North Korea rained artillery shells": a bare role noun of no country that only modifies the
    // noun names the weapon, not who used it; it is taken only when no light verb's subject is found.
    let weapon: ActorMention | undefined;
    for (const c of childrenWith(p, noun, ['nmod:poss', 'amod', 'compound'])) {
      const a = this.inMention.get(c) ?? (isPronoun(this.mods, this.tokens[c].norm) ? this.pronounActor(c) : undefined);
      if (a && a.code.startsWith('---') && !a.country && relOf(p, c) === 'compound') weapon ??= a;
      else if (a) return a;
    }
    const found = this.nounSourceBeyond(noun, joined);
    return found ?? weapon ?? found;
  }

  /**
   * The source and target of a noun trigger (see `nounSource` and `nounTarget`). "Soleimani's
   * killing": a possessor that suffered the act is its target, and only an agent ("by …") or a
   * light verb's subject did it. `joined`: whoever joins a meeting takes part in it.
   */
  nounRoles(noun: number, joined = false): { source: Role; target: Role } {
    const sufferer = this.suffererOf(noun);
    if (sufferer) return { source: this.nounSourceBeyond(noun, joined) ?? null, target: sufferer };
    return { source: this.nounSource(noun, joined), target: this.nounTarget(noun) };
  }

  /**
   * The possessor of a noun of an act suffered (modifiers.tsv `suffered`) when no "of" phrase names
   * another victim: "Soleimani's killing", "the hostages' release"; "Russia's arrest of activists" has none.
   */
  private suffererOf(noun: number): ActorMention | undefined {
    const p = this.parse;
    const t = this.tokens[noun];
    if (!this.mods.suffered.has(t.lemma) && !this.mods.suffered.has(t.norm)) return undefined;
    if (childrenWith(p, noun, ['nmod']).some((c) => caseWord(p, this.tokens, c) === OBJECT_CASE)) return undefined;
    for (const c of childrenWith(p, noun, ['nmod:poss'])) {
      const a = this.inMention.get(c);
      // States, governments and organisations do such acts ("Israel's killing on Wednesday of its commander", the "of" misattached).
      if (a) return SUFFERER_KINDS.has(a.kind) ? a : undefined;
    }
    return undefined;
  }

  /** The head of the noun phrase whose compound word `n` is ("phone" in "a phone call"), else `n`. */
  private phraseHead(n: number): number {
    return relOf(this.parse, n) === 'compound' && headOf(this.parse, n) > n ? headOf(this.parse, n) : n;
  }

  /** Whether meeting noun `noun` hangs from a verb by a preposition of `attended` ("[During] a phone call with Ban, Netanyahu said"). */
  private attendedAt(noun: number): boolean {
    const p = this.parse;
    const n = this.phraseHead(noun);
    const h = headOf(p, n);
    return h >= 0 && relOf(p, n) === 'obl' && p.upos[h - p.first] === 'VERB' && this.mods.attended.has(caseWord(p, this.tokens, n));
  }

  /** Whether word `w` describes the noun it hangs from as a participle ("people killed in") or an adjective of taking part ("people involved in"). */
  private describesWith(w: number): boolean {
    const rel = relOf(this.parse, w), upos = this.parse.upos[w - this.parse.first];
    return (rel === 'acl' && upos === 'VERB') || ((rel === 'amod' || rel === 'acl') && upos === 'ADJ' && listed(this.mods.involvement, this.tokens[w]));
  }

  /** nounSource past the noun's own modifiers. */
  private nounSourceBeyond(noun: number, joined: boolean): Role {
    const p = this.parse;
    // "condemnation from the United States", "an attack by rebels".
    const direct = this.phraseActor(noun, (prep) => prep === 'from' || this.mods.agent.has(prep));
    if (direct) return direct;
    // "the detention of Kuwaiti fishing vessels by Iran": the parser hangs the doer from the
    // nearer noun, the event's "of" complement.
    for (const c of childrenWith(p, noun, ['nmod']).filter((x) => caseWord(p, this.tokens, x) === OBJECT_CASE)) {
      const a = this.phraseActor(c, (prep) => this.mods.agent.has(prep));
      if (a) return a;
    }
    const rel = relOf(p, noun);
    const h = headOf(p, noun);
    // "Iran drew criticism from the United States", with "from" hung from the verb.
    if (this.undergoingVerb(noun) >= 0) {
      for (const c of childrenWith(p, h, ['obl'])) {
        const prep = caseWord(p, this.tokens, c);
        if (prep !== 'from' && !this.mods.agent.has(prep)) continue;
        const a = this.actorFor(c);
        if (a) return a;
      }
      return null;
    }
    if (h >= 0 && OBJECT_RELS.includes(rel)) {
      // "Israel launched airstrikes": the subject of a light verb does the event; "Russia condemned
      // the strike": the subject of a verb of speech or comment only talks about it.
      const lemma = this.tokens[h].lemma;
      if (this.mods.light.has(lemma)) return this.toActor(this.subjectWord(h));
      if (this.mods.speech.has(lemma) || this.mods.commentary.has(lemma)) return null;
    }
    // "arrested 36 people involved in the assassination of Soleimani": a noun under a participle, or an adjective of
    // taking part (modifiers.tsv `involvement`), that describes another noun was done by what that noun names, or by
    // no one the sentence names, not by the clause's subject.
    // "36 people believed to have been involved in the assassination": so does one under a participle's complement.
    let d = h;
    while (d >= 0 && relOf(p, d) === 'xcomp' && headOf(p, d) >= 0) d = headOf(p, d);
    if (h >= 0 && rel === 'obl' && this.describesWith(d)) return this.actorFor(headOf(p, d)) ?? null;
    // "Airstrikes on ISIS positions were carried out by U.S. forces": the light verb in the passive, done by its agent.
    if (h >= 0 && rel === 'nsubj:pass' && this.mods.light.has(this.tokens[h].lemma)) {
      const agent = this.toActor(this.agentWord(h));
      if (agent) return agent;
    }
    // "went into a meeting with Shevardnadze": whoever goes to or joins a meeting takes part in it;
    // "During a phone call with Ban, Netanyahu said": so does whoever speaks at it (modifiers.tsv `attended`).
    // A subject that names no actor leaves the question open: the parse may have hung the meeting from the wrong verb.
    const attendee = joined && this.attendedAt(noun) ? this.toActor(this.subjectWord(headOf(p, this.phraseHead(noun)))) : null;
    if (attendee) return attendee;
    if (joined && h >= 0 && (OBJECT_RELS.includes(rel) || rel === 'obl') && this.parse.upos[h - this.parse.first] === 'VERB'
      && !this.mods.speech.has(this.tokens[h].lemma) && !this.mods.commentary.has(this.tokens[h].lemma)) {
      return this.toActor(this.subjectWord(h));
    }
    // "Trump said that the negotiations with Kim were very substantive": a meeting that is the subject of a reported clause,
    // with no side of its own, is the speaker's.
    if (joined && h >= 0 && rel.startsWith('nsubj') && relOf(p, h) === 'ccomp') {
      const speech = headOf(p, h);
      if (speech >= 0 && this.mods.speech.has(this.tokens[speech].lemma)) return this.toActor(this.subjectWord(speech));
    }
    return undefined;
  }
}
