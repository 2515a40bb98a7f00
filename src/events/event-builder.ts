import type { ActorMention, CodedEvent, DateMention, EventActor, PlaceMention, Token } from '../core/document.js';
import type { Codebook } from '../dictionaries/codebook.js';
import { coversCode, intentCode, refusalCode, type Modifiers, type PatternSet } from '../dictionaries/verb-patterns.js';
import { isGluedHyphen } from '../nlp/hyphens.js';
import { coordinatedTargets, expandGroup, findAgent, findSource, findTarget, isPassive } from './actor-roles.js';
import { isUnplaced, listed, type DependencyRoles, type Role, type RoleReader } from './dependency-roles.js';
import type { PatternMatch } from './pattern-matcher.js';

/** Speech verbs whose object is the person addressed ("told Erdogan"). */
const DIRECT_ADDRESS = new Set(['tell', 'warn', 'inform', 'brief']);
/** How many words before the trigger are searched for negation and modality words. */
const MODIFIER_WINDOW = 4;
/** CAMEO roots from here on are material conflict (15 force posture … 20 mass violence). */
const MATERIAL_CONFLICT_ROOT = 15;
/**
 * Confidence: 0.9 for an event whose pattern names both sides or whose sides the parse found,
 * less what makes it doubtful. The scale and its measured precision are in docs/event-coding.md.
 */
const BASE_CONFIDENCE = 0.9;
const PENALTY = {
  /** An actor without a country ("---GOV"): the dyad cannot be placed. */
  unknownCountry: 0.3,
  /** The target was searched for after the pattern rather than named by it. */
  searchedTarget: 0.1,
  /** A side came from word order because the parse had no answer. */
  wordOrder: 0.1,
  /** The event is a noun ("the invasion"), whose participants are less certain. */
  nominal: 0.1,
  /** A side was named in an earlier sentence ("he", "it"). */
  antecedent: 0.15,
  /** Announced or planned rather than done. */
  intended: 0.1,
  /** Implied by the reverse event (data/verbs/mirror.tsv). */
  mirror: 0.1,
} as const;

/** Everything about one sentence the builder needs. */
export interface SentenceContext {
  text: string;
  tokens: Token[];
  index: number;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
  published: string | null;
  /** Roles from the sentence's dependency parse; null when the sentence was not parsed. */
  roles: RoleReader | null;
  /** The other side of the sentence before's latest event between two countries that one side's country took part in. */
  storyPartner?: (source: ActorMention) => ActorMention | null;
  /** The other side of the article's latest meeting or intent to meet between two countries, one of them the source's. */
  meetingPartner?: (source: ActorMention) => ActorMention | null;
  /** Told of an asserted act that names no other side (so codes no event), with its CAMEO root and doer. */
  recordAct?: (root: string, doer: ActorMention) => void;
}

function asEventActor(m: ActorMention): EventActor {
  return { code: m.code, text: m.text, start: m.start, end: m.end };
}

function nearest<T extends { start: number; end: number }>(items: T[], at: number): T | undefined {
  return [...items].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function modality(ctx: SentenceContext, first: number, mods: Modifiers, statusWords: number[] | null, infinitive: boolean, verbal: boolean): { negated: boolean; modality: CodedEvent['modality']; ready: boolean } {
  // The parse tells which words govern the trigger; without it, the few words before it.
  const near = statusWords ?? Array.from({ length: Math.min(MODIFIER_WINDOW, first - ctx.firstToken) }, (_, i) => first - 1 - i);
  // "not only recalled his ambassador but also …": "not" before a word of addition negates nothing.
  const words = near.filter((k) => !(NOT_WORDS.has(ctx.tokens[k].norm) && ADDITIVE.has(ctx.tokens[k + 1]?.norm ?? '')))
    .map((k) => [ctx.tokens[k].norm, ctx.tokens[k].lemma]);
  const has = (set: ReadonlySet<string>) => words.some(([n, l]) => set.has(n) || set.has(l));
  return {
    negated: has(mods.negation) || has(mods.denial),
    modality: has(mods.hypothetical) || has(mods.mandative) ? 'hypothetical' : has(mods.intent) || infinitive ? 'intended' : 'asserted',
    // A verb in the future is force announced ("said it would attack"); a noun's act is not its speaker's to announce.
    ready: has(mods.readiness) || (verbal && has(mods.future)),
  };
}

/** Words after which "not" adds rather than denies ("not only", "not just"). */
const ADDITIVE = new Set(['only', 'just', 'merely', 'simply']);

/** Words of plain negation; the other negation words of modifiers.tsv ("refused", "limits") are verbs and nouns a pattern may step over. */
const NOT_WORDS = new Set(['not', "n't", 'never']);

/** Whether a plain negation stands between the first and the last word of a match (not one of its words). */
function innerNegation(tokens: readonly Token[], m: PatternMatch): boolean {
  for (let k = m.first + 1; k < m.last; k++) if (!m.wordTokens.includes(k) && NOT_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/** Appeals (02) and demands (10) are addressed to whoever must act: "demanded that Israel withdraw". */
const ADDRESSED_ROOTS = new Set(['02', '10']);
/** Roots whose events are aimed at whoever must meet their condition (threats; refusals "unless Ukrainian forces halt"). */
const CONDITIONED_ROOTS = new Set(['12', '13']);

/** The preposition nearest before `target`, after the match's last word `last`, or null when there is none. */
function prepositionBefore(tokens: readonly Token[], target: ActorMention, last: number): string | null {
  for (let i = target.firstToken - 1; i > last; i--) if (tokens[i].pos === 'ADP') return tokens[i].norm;
  return null;
}

/** Whether the preposition nearest before `target` is one of `about` ("work together on Syria"). */
function aboutTarget(tokens: readonly Token[], target: ActorMention, last: number, mods: Modifiers): boolean {
  const prep = prepositionBefore(tokens, target, last);
  return prep !== null && mods.about.has(prep);
}

/**
 * Whether a target searched for after a pattern is a party to it: its object, or the object of "with"
 * ("Britain and France met with Iran"), not of another preposition ("X and Y are due to meet ahead of a
 * deadline for Trump to tell Congress").
 */
function joinsAct(tokens: readonly Token[], target: ActorMention, last: number): boolean {
  const prep = prepositionBefore(tokens, target, last);
  return prep === null || prep === 'with';
}

/** Whether the words from `at` say the event's sides act on each other ("each other", "one another"). */
function reciprocal(tokens: readonly Token[], at: number, mods: Modifiers): boolean {
  return at + 1 < tokens.length && mods.reciprocal.has(`${tokens[at].norm} ${tokens[at + 1].norm}`);
}

/** Statements (01) that report what another actor must or should do are demands (100) or appeals (020). */
const STATEMENT_ROOT = '01';
/** The role code of news media: an outlet a statement is made to is its audience. */
const MEDIA_ROLE = 'MED';
/** A plain statement, and the phone call it is when made on the phone. */
const STATEMENT_CODE = '010';
const PHONE_CALL_CODE = '041';
const DEMAND_CODE = '100';
const APPEAL_CODE = '020';
/** Statements that report another actor's wrongdoing are accusations (112). */
const ACCUSE_CODE = '112';
/** Criticize or denounce. */
const CRITICIZE_CODE = '111';
const APPEAL_ROOT = '02';

/** Appeals (02), demands (10) and threats (13): the act they ask for or threaten is not coded as done. */
const REQUESTING_ROOTS = new Set(['02', '10', '13']);

/** Roots of force (18 assault, 19 fight, 20 mass violence): with no victim named, aimed at the country where used. */
const FORCE_ROOT = 18;

/** Threaten with military force: what force declared ready is. */
const THREATENED_FORCE_CODE = '138';

/** Roots of talk (statements, appeals, intents, consultations, demands, disapproval, rejection): a government's talk to its own state is no event. */
const SELF_TALK_ROOTS = new Set(['01', '02', '03', '04', '10', '11', '12']);
/** Roots whose events a state may aim at its own government or its government at its own state. */
const HOME_ROOTS = new Set(['05', '08', '09', '14', '17']);
/** Roots of what a state's forces do to their own state named as such: only coercion ("police detained Egyptians"). */
const FORCES_HOME_ROOTS = new Set(['17']);
/** Roots of conflict, verbal and material (10–20). */
const CONFLICT_ROOT = 10;
/** Root of intents (agree, pledge, promise …). */
const INTENT_ROOT = '03';
/** How far after a one-word intent the infinitive of what was intended may start ("agreed on Monday to expel"). */
const INTENT_REACH = 4;
/** The infinitive marker of a purpose ("summoned the envoy to protest"). */
const PURPOSE_MARKER = 'to';
/** Protests (14): with no target named, they are aimed at the authorities where they happen. */
const LOCAL_PROTEST_ROOTS = new Set(['14']);
/**
 * Roots of conflict that, naming no target, go on against the other side of the sentence before: demands,
 * disapproval, rejection, threats and force (dev gold +8 TP +6 FP; the other roots added more errors than hits).
 */
const STORY_ROOTS = new Set(['10', '11', '12', '13', '18', '19']);
/** Reducing relations (16), which calling off a meeting is. */
const REDUCE_ROOT = '16';
/** Roots whose act, naming a victim and no doer, was done by the other side of the sentence before (dev +2 TP +2 FP; conflict talk only errors). */
const STORY_DOER_ROOTS = new Set(['18', '19']);

/** A place as an actor mention: the government of its country, or its country as a state. */
export function placeMention(place: PlaceMention, government: boolean): ActorMention {
  return {
    start: place.start, end: place.end, text: place.text, code: government ? `${place.country}GOV` : place.country, name: place.name,
    country: place.country, role: null, kind: government ? 'government' : 'state', sentence: place.sentence,
    firstToken: place.firstToken, endToken: place.endToken,
  };
}

/**
 * Where the event at token `trigger` happened: the nearest place, leaving out those the parse puts
 * in the attribution ("shelled Juba …, relief officials in Nairobi said" is not in Nairobi).
 */
function eventPlace(ctx: SentenceContext, trigger: number): PlaceMention | undefined {
  const at = ctx.tokens[trigger].start;
  // A wire dateline ("PARIS, March 20 - Chadian troops killed …") is where the story was filed:
  // it is the event's place only when the sentence names that country, its government or its people.
  const filedOnly = (p: PlaceMention) => ctx.index === 0 && p.firstToken === ctx.firstToken && !ctx.actors.some((a) => a.kind !== 'agent' && a.country === p.country);
  const places = ctx.places.filter((p) => !filedOnly(p) && !ctx.roles?.inAttribution(trigger, p.firstToken)
    && (ctx.roles?.inScopeOf(trigger, p.endToken - 1) ?? true));
  return nearest(places, at);
}

/**
 * The target an event with none named takes from where it happened: a protest, the authorities
 * of the place; force, the country where it was used when that is not the doer's own.
 */
function placeTarget(ctx: SentenceContext, root: string, source: ActorMention | null, trigger: number): ActorMention | null {
  const protest = LOCAL_PROTEST_ROOTS.has(root);
  if (!source || (!protest && (Number(root) < FORCE_ROOT || !source.country))) return null;
  const where = eventPlace(ctx, trigger);
  // "In Iraqi cities, demonstrators took to the streets": a protest at no named place is aimed at the protesters' own government.
  if (!where) return protest && source.country && isCivil(source) ? ownGovernment(source) : null;
  if (protest) return placeMention(where, true);
  return where.country !== source.country ? placeMention(where, false) : null;
}

/** Whether the word after one-word trigger `first` (and after its target, when that comes next) opens a question. */
function asksQuestion(ctx: SentenceContext, first: number, target: ActorMention | null, question: ReadonlySet<string>): boolean {
  const after = target && target.firstToken === first + 1 ? target.endToken : first + 1;
  return after < ctx.endToken && question.has(ctx.tokens[after].norm);
}

/** The actor glued to `m` by a hyphen before a noun ("U.S.-Iranian struggle", "the Israel-Hamas truce"), or null. */
function hyphenPartner(ctx: SentenceContext, m: ActorMention): ActorMention | null {
  if (!isGluedHyphen(ctx.tokens, m.endToken)) return null;
  const other = ctx.actors.find((a) => a.firstToken === m.endToken + 1);
  return other && other.country && other.country !== m.country && ctx.tokens[other.endToken]?.pos === 'NOUN' ? other : null;
}

/** The government of an actor's own country, as a target. */
function ownGovernment(m: ActorMention): ActorMention {
  return { ...m, code: `${m.country}GOV`, kind: 'government', role: null, name: `${m.country} government` };
}

/**
 * The target of a measure a government takes at home ("lifted a night curfew in Montenegro",
 * "Sudan's government lifted a state of emergency"): the country of the place named, else the doer's own.
 */
function homeTarget(ctx: SentenceContext, home: ReadonlySet<string>, code: string, source: ActorMention | null, trigger: number): ActorMention | null {
  if (!source?.country || !coversCode(home, code)) return null;
  const where = eventPlace(ctx, trigger);
  if (where) return placeMention(where, false);
  return { ...source, code: source.country, kind: 'state', role: null, name: source.country };
}

/** Visits and meetings are root 04: only some actors pay visits, and whoever joins a meeting takes part in it. */
const VISIT_ROOT = '04';
/** Intent to meet or negotiate. */
const INTENT_TO_MEET = '036';
/** Codes of a visit made and a visit hosted. */
const VISIT_MADE = '042';
const VISIT_HOSTED = '043';
/** Who can pay a visit. */
const VISITOR_KINDS = new Set<ActorMention['kind']>(['person', 'government', 'state', 'igo']);

/** Whether an actor may visit: a person, government, state or IGO, or a group's envoys ("a Hamas delegation"), not its fighters. */
function isVisitor(m: ActorMention, envoy: ReadonlySet<string>): boolean {
  return VISITOR_KINDS.has(m.kind) || (m.kind === 'agent' && m.role !== null && envoy.has(m.role.toLowerCase()));
}

/** Roles whose power stops at their country's border: whom police or courts act on is of their country. */
const DOMESTIC_ROLES = new Set(['COP', 'JUD']);

/** Civil society. */
const CIVIL_ROLES = new Set(['CVL', 'OPP', 'LAB', 'EDU']);
/** Whom a government addresses with no country named is its own: civil society ("Iranian leaders asked protesters to …") and lawmakers ("Holder told lawmakers"). */
const HOME_AUDIENCE_ROLES = new Set([...CIVIL_ROLES, 'LEG']);

/** Civil society, or a people named by its plural demonym ("Young Algerians blocked roads"), who are no state organ. */
function isCivil(m: ActorMention): boolean {
  return CIVIL_ROLES.has(m.code.slice(3)) || (m.kind === 'agent' && m.code === m.country);
}

/** Role codes of a state's armed and security forces. */
const FORCE_ROLES = new Set(['MIL', 'COP', 'SPY']);
/** Role codes of a state's own organs and forces. */
const STATE_ROLES = new Set(['GOV', ...FORCE_ROLES]);

/** Whether `state` is a country named as such (a name or demonym, not a person) and `government` that country's government. */
function isGovernmentOf(government: ActorMention, state: ActorMention): boolean {
  return state.kind === 'state' && state.code === state.country && government.code === `${state.country}GOV`;
}

/** Whether `state` is a country named as such and `forces` its armed or security forces ("The U.S. military … the United States"). */
function isForcesOf(forces: ActorMention, state: ActorMention): boolean {
  return state.kind === 'state' && state.code === state.country && forces.code.slice(0, 3) === state.country && FORCE_ROLES.has(forces.code.slice(3));
}

/** A state, its government or its forces ("Iran", "Iraqi troops"), as opposed to rebels or civilians. */
function isStateSide(m: ActorMention): boolean {
  if (m.kind === 'state' || m.kind === 'government') return true;
  // "an attack on an Iranian platform": a bare demonym stands for its country.
  if (m.country !== null && m.code === m.country) return true;
  // "government troops" of no named country are still a state's forces.
  return m.code.length === 6 && STATE_ROLES.has(m.code.slice(3));
}

const MILITARY = 'MIL';

/** Whether a mention is armed forces (a military role: "Russian aircraft", "Serb forces", "troops"). */
function isArmedForces(m: ActorMention): boolean {
  return m.code.length === 6 && m.code.endsWith(MILITARY);
}

/** Whether a state or government is named on a weapon or strike ("U.S. air strikes", "Russian missiles"): it acts through its forces. */
function armedBy(tokens: readonly Token[], m: ActorMention, armed: ReadonlySet<string>): boolean {
  return isStateSide(m) && armed.has(tokens[m.endToken]?.norm ?? '');
}

/** Words between a side and the bomb it is named on ("a Taliban [suicide] blast", "an IS [car] bomb"). */
const BOMB_MODIFIER_WORDS = 2;

/** Whether side `m` is named on a bomb or blast, or as a bomber (modifiers.tsv `explosive`): "a Taliban suicide blast killed …". */
function bombedBy(tokens: readonly Token[], m: ActorMention, explosive: ReadonlySet<string>): boolean {
  // "a Taliban suicide bomber": the side itself may be named as a bomber.
  if (explosive.has(tokens[m.endToken - 1].norm)) return true;
  for (let k = m.endToken; k <= m.endToken + BOMB_MODIFIER_WORDS && k < tokens.length; k++) {
    if (explosive.has(tokens[k].norm)) return true;
    if (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether actor code `specific` is `general` or one of its parts ("USAMIL" refines "USA"; "USA" refines "USA"). */
function refines(specific: string, general: string): boolean {
  return specific === general || (general.length === COUNTRY_CODE_LENGTH && !general.startsWith('---') && specific.startsWith(general));
}

/** Length of a bare country code (USA), which its roles extend (USAMIL). */
const COUNTRY_CODE_LENGTH = 3;

/** A role from the parse, or word order's answer when the parse has none. */
function orElse(role: Role, fallback: () => ActorMention | null): ActorMention | null {
  return role === undefined ? fallback() : role;
}

/** What the parse says of a match's roles: verbs by their arguments, nouns by their possessor. */
function dependencyRoles(ctx: SentenceContext, m: PatternMatch, nominal: boolean): DependencyRoles | null {
  if (!ctx.roles) return null;
  if (nominal) {
    const { source, target } = ctx.roles.nounRoles(m.first, m.pattern.code.startsWith(VISIT_ROOT));
    return { source, target: target ?? undefined, passive: false };
  }
  const root = m.pattern.code.slice(0, 2);
  return ctx.roles.verbRoles(m.wordTokens, { addressee: ADDRESSED_ROOTS.has(root), conditioned: CONDITIONED_ROOTS.has(root), purpose: LOCAL_PROTEST_ROOTS.has(root), meeting: root === VISIT_ROOT || m.pattern.code === INTENT_TO_MEET });
}

/** The auxiliary that, before a clause's subject, makes the clause a condition ("should North Korea hold workers hostage"). */
const INVERTED_CONDITION = 'should';
/** Threat codes of an ultimatum: with sanctions named, 1312; else 130. */
const SANCTIONS_THREAT_CODE = '1312';
const THREAT_CODE = '130';
const THREAT_ROOT = '13';
/** The root of coercion (arrests, sentences, expulsions), whose "for" clause names what is alleged. */
const COERCE_ROOT = '17';
/** The mark of the charge a side is punished for ("jailed for spying"). */
const PUNISHED_FOR: ReadonlySet<string> = new Set(['for']);
/** How many words after "or face" a sanction may be named ("or face another round of economic sanctions"). */
const ULTIMATUM_REACH = 6;
const SANCTION_WORDS = /^(sanction|sanctions|penalties|tariffs|embargo)$/;

/** The threat code of an ultimatum after `from` ("… or face sanctions", "… or risk punishment"), or null. */
function ultimatumAfter(tokens: readonly Token[], from: number, end: number, ultimatum: ReadonlySet<string>): string | null {
  for (let i = from + 1; i + 1 < end; i++) {
    if (tokens[i].norm !== 'or' || !ultimatum.has(tokens[i + 1].lemma)) continue;
    for (let k = i + 2; k < Math.min(end, i + 2 + ULTIMATUM_REACH); k++) if (SANCTION_WORDS.test(tokens[k].norm)) return SANCTIONS_THREAT_CODE;
    return THREAT_CODE;
  }
  return null;
}

/**
 * Whether mention `a` is one lower-case media noun right before a noun it modifies ("press" in "a press
 * conference"). ("opposition supporters" are the opposition's.)
 */
function modifiesNextNoun(tokens: readonly Token[], a: ActorMention): boolean {
  const next = tokens[a.endToken];
  return a.endToken - a.firstToken === 1 && a.code.endsWith(MEDIA_ROLE) && /^\p{Ll}/u.test(tokens[a.firstToken].text) && next?.pos === 'NOUN';
}

/** Whether the sentence says it happened on the phone ("in a phone call", "by telephone"). */
function onPhone(ctx: SentenceContext, phone: ReadonlySet<string>): boolean {
  for (let i = ctx.firstToken; i < ctx.endToken; i++) if (phone.has(ctx.tokens[i].norm)) return true;
  return false;
}

/** An event implied by `e` (a hosting by a visit, a visit by a meeting abroad): code `code`, sides swapped when `swap`, a little less sure. */
function derived(e: CodedEvent, code: string, swap: boolean, codebook: Codebook): CodedEvent {
  const entry = codebook.get(code)!;
  return {
    ...e, source: swap ? e.target! : e.source, target: swap ? e.source : e.target, code, baseCode: codebook.baseCode(code), rootCode: codebook.rootCode(code),
    quadClass: entry.quadClass, goldstein: entry.goldstein, plover: codebook.plover(code),
    confidence: Math.round(Math.max(0.1, e.confidence - PENALTY.mirror) * 100) / 100,
  };
}

/** Turns the pattern matches of one sentence into coded events, one per source–target pair. */
export function buildEvents(ctx: SentenceContext, matches: PatternMatch[], codebook: Codebook, patterns: PatternSet): CodedEvent[] {
  const mods = patterns.modifiers;
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  const used = new Set<number>();
  /** Events of infinitives, by the verb governing them ("met … to discuss" → met). */
  const governed = new Map<CodedEvent, number>();
  const triggerOf = new Map<CodedEvent, number>();
  // "EU leaders agreed to expel Russian diplomats": an infinitive of conflict (roots 10–20) right after a one-word intent
  // (agree, pledge …) is what was agreed, not cooperation with its target.
  const conflictInfinitives = matches.filter((x) => Number(x.pattern.code.slice(0, 2)) >= CONFLICT_ROOT && ctx.tokens[x.first - 1]?.norm === PURPOSE_MARKER)
    .map((x) => x.first);
  for (const m of matches) {
    // A word belongs to the most specific match that coded an event; a match that found no
    // actors leaves its words to the next pattern.
    if (m.wordTokens.some((w) => used.has(w))) continue;
    if (m.wordTokens.length === 1 && m.pattern.code.startsWith(INTENT_ROOT)
      && conflictInfinitives.some((f) => f > m.first && f - m.first <= INTENT_REACH)) continue;
    // "held a press conference": a media noun in a slot that only modifies the noun after it is no side.
    if (m.target && modifiesNextNoun(ctx.tokens, m.target)) continue;
    const before = events.length;
    const p = m.pattern;
    // A pattern of nouns and adjectives only ("military assistance to") is a nominal event.
    const nominal = (m.wordTokens.every((w) => ctx.tokens[w].pos !== 'VERB' && ctx.tokens[w].pos !== 'AUX')
      // A capitalised noun in a headline style ("a U.S. Attack on") may be tagged a proper noun.
      && m.wordTokens.some((w) => ctx.tokens[w].pos === 'NOUN' || ctx.tokens[w].pos === 'PROPN')
      // "Hamas responded by firing rockets at Israel", "before meeting the crown prince": a gerund after a
      // subordinator is a verb, however the tokenizer tagged it.
      && !(ctx.roles?.isMarkedGerund(m.first) ?? false)
      // "Trump flew to Riyadh, meeting with Saudi leaders": so is a participial clause after a comma.
      && !(ctx.roles?.isParticipleClause(m.first) ?? false)
      // "Foreign ministers … all spoke with": a word the tokenizer took for a noun that the parse makes a verb with a subject.
      && !(ctx.roles?.isVerbWithSubject(m.first) ?? false))
      // A gerund with a possessor is a noun ("the Saudis' severing of ties with Iran").
      || (ctx.roles?.hasPossessor(m.first) ?? false)
      // "over the U.S. killing of an Iranian general": one the parse makes a noun with a determiner.
      || (ctx.roles?.isDeterminedNoun(m.first) ?? false)
      // "launch a new offensive against": a word the tagger took for an adjective that the parse makes a light verb's object.
      || (ctx.roles ? ctx.roles.lightVerb(m.first) >= 0 : false)
      // "suffered casualties in an offensive by Iran": one the parse makes a noun.
      || (ctx.tokens[m.first].pos === 'ADJ' && m.wordTokens.length === 1 && (ctx.roles?.isNoun(m.first) ?? false));
    const dep = dependencyRoles(ctx, m, nominal);
    // "support and assistance to help Yerevan": an infinitive completing a noun has no subject
    // we can trust, unless the parse found one ("Israel plans to visit").
    const to = ctx.tokens[m.first - 1];
    if (!m.source && dep?.source === undefined && to?.norm === 'to' && ctx.tokens[m.first - 2]?.pos === 'NOUN'
      && !ctx.actors.some((a) => a.endToken === m.first - 1)) continue;
    const byInPattern = m.wordTokens.some((w) => ctx.tokens[w].norm === 'by');
    // "said its jets struck", found by word order: the pronoun still says whose they are.
    const heuristicSource = () => {
      const found = findSource(ctx.tokens, ctx.actors, m.first, ctx.firstToken, nominal, mods.speech);
      return found && ctx.roles ? ctx.roles.owned(found) : found;
    };
    let sourceMention: ActorMention | null;
    let targetMention: ActorMention | null;
    if (!m.source && !m.target && !byInPattern && (dep ? dep.passive : isPassive(ctx.tokens, m.first, ctx.firstToken))) {
      // "Y was attacked by X": the subject is the target, the agent after "by" the source;
      // with no agent named, the doer is unknown and nothing is coded. A pattern that
      // names its own "by" ("encouraged by") already says which side acts.
      targetMention = orElse(dep?.target, heuristicSource);
      sourceMention = orElse(dep?.source, () => findAgent(ctx.tokens, ctx.actors, m.last, ctx.endToken));
    } else {
      // "sanctions against its central bank": a slot's mention owned by a pronoun takes the pronoun's country too.
      const own = (a: ActorMention | null) => (a && ctx.roles ? ctx.roles.owned(a) : a);
      sourceMention = own(m.source) ?? orElse(dep?.source, heuristicSource);
      targetMention = own(m.target ?? orElse(dep?.target, () => findTarget(ctx.tokens, ctx.actors, m.last, ctx.endToken, nominal)));
      // "Ukraine received arms from the United States": a source slot after the words leaves the subject as the target.
      if (m.source && p.elements.some((e, i) => i > 0 && e.kind === 'slot' && e.role === 'S')) targetMention = own(orElse(dep?.source, heuristicSource));
    }
    // "Russia said Sudan must return the helicopter": the statement is a demand to Sudan.
    let statedCode = p.code;
    const obliged = p.code.startsWith(STATEMENT_ROOT) && !nominal && ctx.roles ? ctx.roles.obligation(m.first) : null;
    if (obliged && !m.target) {
      targetMention = obliged.subject;
      statedCode = obliged.demand ? DEMAND_CODE : APPEAL_CODE;
    }
    // "Abbas told the Arab League the US plan was in violation of the accords": the statement accuses the US.
    const accused = !obliged && !m.target && p.code.startsWith(STATEMENT_ROOT) && !nominal && ctx.roles
      ? ctx.roles.reproached(m.first, (a) => !!sourceMention && a.country !== null && !(a.country === sourceMention.country && isStateSide(a) && isStateSide(sourceMention))) : null;
    if (accused) {
      targetMention = accused;
      statedCode = ACCUSE_CODE;
    }
    // "Russia said the strikes were unacceptable": a statement whose reported clause says ill of an actor's act criticizes it.
    const criticized = !obliged && !accused && !m.target && p.code.startsWith(STATEMENT_ROOT) && !nominal && ctx.roles
      ? ctx.roles.disapproved(m.first, (a) => !!sourceMention && a.country !== null && a.country !== sourceMention.country) : null;
    if (criticized) {
      targetMention = criticized;
      statedCode = CRITICIZE_CODE;
    }
    // "The White House reiterated that Russia has days to change course or face another round of sanctions": a
    // statement that ends in an ultimatum threatens the subject of its report.
    // The ultimatum after the match (modifiers.tsv `ultimatum`), looked for once and only when asked.
    let closing: string | null | undefined;
    const ultimatumClosing = () => (closing === undefined ? (closing = ultimatumAfter(ctx.tokens, m.last, ctx.endToken, mods.ultimatum)) : closing);
    const warned = !obliged && !accused && !criticized && !m.target && p.code.startsWith(STATEMENT_ROOT) && !nominal && ctx.roles
      ? ultimatumClosing() : null;
    const threatened = warned ? ctx.roles!.reportedSubject(m.first) : null;
    if (warned && threatened) {
      targetMention = threatened;
      statedCode = warned;
    }
    // "In a phone call Monday, Biden told Yatsenyuk …": a statement made on the phone (modifiers.tsv `phone`) is a phone call.
    if (statedCode === STATEMENT_CODE && onPhone(ctx, mods.phone)) statedCode = PHONE_CALL_CODE;
    const wordOrder = (!m.source && dep?.source === undefined) || (!m.target && dep?.target === undefined);
    // "X said Y had shelled…": after a speech verb comes a report, not a target; only "said to Y"
    // or "told Y" names one.
    const triggerToken = ctx.tokens[m.first];
    // (A target read off the report — a demand, an accusation, a criticism, a threat — stays.)
    const fromReport = !!(obliged || accused || criticized || threatened);
    if (!fromReport && !m.target && targetMention && mods.speech.has(triggerToken.lemma) && m.wordTokens.length === 1
      && !DIRECT_ADDRESS.has(triggerToken.lemma) && ctx.tokens[targetMention.firstToken - 1]?.norm !== 'to') targetMention = null;
    // "The White House reiterated that Russia has days to change course": whoever the reported clause
    // names is talked about, not addressed.
    if (!fromReport && !m.target && targetMention && p.code.startsWith(STATEMENT_ROOT) && ctx.roles?.inReport(m.first, targetMention.firstToken)) targetMention = null;
    // "Asked by the broadcaster what …": a question from the press asks for an answer, not for an act.
    if (sourceMention && p.code.startsWith(APPEAL_ROOT) && mods.audience.has(ctx.tokens[sourceMention.endToken - 1].norm)) continue;
    // "when asked if Trump was a threat", "asked Putin whether Russia would help": a question is no appeal either.
    if (p.code.startsWith(APPEAL_ROOT) && m.wordTokens.length === 1 && asksQuestion(ctx, m.first, targetMention, mods.question)) continue;
    // "told reporters", "said in a statement to the press", "spoke to reporters", "told CNN": an audience
    // (a media outlet too) hears a statement, it is neither its target nor a party consulted.
    if (targetMention && (p.code.startsWith('01') || p.code.startsWith(VISIT_ROOT)) && (mods.audience.has(ctx.tokens[targetMention.endToken - 1].norm) || targetMention.code.endsWith(MEDIA_ROLE))) targetMention = null;
    // "Kurds demonstrated in Iraq": a protest at a place is aimed at the government there.
    if (p.placeTarget && !p.code.startsWith(VISIT_ROOT) && targetMention?.kind === 'state' && targetMention.country) {
      targetMention = { ...targetMention, code: `${targetMention.country}GOV`, kind: 'government' };
    }
    // "Kurds demonstrated in the city of Kirkuk", "bombers killed 23 people in Tel Aviv".
    const home = targetMention ? null : homeTarget(ctx, patterns.home, p.code, sourceMention, m.first);
    const placed = targetMention ? null : placeTarget(ctx, p.code.slice(0, 2), sourceMention, m.first) ?? home;
    targetMention ??= placed;
    // "Thailand lifted the state of emergency": a measure at home named on the state is its government's.
    if (placed && placed === home && sourceMention?.kind === 'state' && sourceMention.code === sourceMention.country) sourceMention = ownGovernment(sourceMention);
    // "The United States imposed sanctions on Iran. Iran has rejected new talks.": conflict that names no target goes on
    // with the other side of the sentence before, when its doer is named in the sentence (not a pronoun read from before).
    if (!targetMention && sourceMention && sourceMention.sentence === ctx.index && !m.target && !nominal && STORY_ROOTS.has(statedCode.slice(0, 2))) targetMention = ctx.storyPartner?.(sourceMention) ?? null;
    // "Trump called off the summit": calling off a meeting (modifiers.tsv `gathering`) that names no other side is aimed at
    // whom the story had it planned with.
    if (!targetMention && sourceMention && !m.target && !nominal && statedCode.startsWith(REDUCE_ROOT)
      && m.wordTokens.some((w) => listed(mods.gathering, ctx.tokens[w]))) targetMention = ctx.meetingPartner?.(sourceMention) ?? null;
    // "Two Iranian boats were sunk": force that names its victim and no doer is done by the other side of the sentence before.
    if (!sourceMention && targetMention && !m.source && !nominal && !placed && STORY_DOER_ROOTS.has(statedCode.slice(0, 2))) sourceMention = ctx.storyPartner?.(targetMention) ?? null;
    const pairs: Array<[ActorMention, ActorMention]> = [];
    // Whether the pairs are coordinated sources acting on each other ("Britain and France agreed").
    let mutual = false;
    const targets = targetMention ? expandGroup(targetMention, ctx.actors) : [];
    if (targetMention && !m.target && !placed) {
      for (const more of coordinatedTargets(ctx.tokens, ctx.actors, targetMention, ctx.endToken)) targets.push(...expandGroup(more, ctx.actors));
    }
    // "condemned the U.S.-Iranian struggle": the two sides joined by a hyphen before a noun are both its target.
    const partner = targetMention && !p.symmetric ? hyphenPartner(ctx, targetMention) : null;
    if (partner && sourceMention && partner.country !== sourceMention.country) targets.push(partner);
    if (p.symmetric && targets.length >= 2 && (m.target || (!sourceMention && nominal))) {
      // "meetings between A and B": the coordinated actors meet each other.
      for (let a = 0; a < targets.length; a++) for (let b = a + 1; b < targets.length; b++) pairs.push([targets[a], targets[b]]);
    } else if (sourceMention) {
      const sources = expandGroup(sourceMention, ctx.actors);
      if (dep?.coSources && sourceMention === dep.source) sources.push(...dep.coSources.filter((a) => !sources.includes(a)));
      // "Indian and Pakistani troops exchanged fire … in Kashmir": coordinated sides of a mutual act act on
      // each other, not on the place.
      // "Obama and Putin agreed to work together on Syria": nor on what they act about.
      const aside = placed || (!m.target && !!targetMention && aboutTarget(ctx.tokens, targetMention, m.last, mods));
      // "Iran, Britain, Germany and France are due to meet ahead of a deadline for Trump to tell Congress": a side found
      // past another preposition does not join a meeting.
      if (p.symmetric && p.code.startsWith(VISIT_ROOT) && !m.target && targetMention && !placed && !joinsAct(ctx.tokens, targetMention, m.last)) continue;
      // "the delegations of Cyprus, Greece and Israel had met": a side found among the coordinated sources is no other side.
      const among = targets.length > 0 && targets.every((t) => sources.includes(t));
      if (targets.length && !((aside || among) && p.symmetric && sources.length >= 2)) for (const s of sources) for (const t of targets) pairs.push([s, t]);
      else if (p.symmetric && sources.length >= 2) {
        // "Britain and France agreed": the coordinated sides agree with each other.
        for (let a = 0; a < sources.length; a++) for (let b = a + 1; b < sources.length; b++) pairs.push([sources[a], sources[b]]);
        mutual = true;
      } else if (sources.length >= 2 && reciprocal(ctx.tokens, m.last + 1, mods)) {
        // "the Taliban and the government blame each other": each side does it to the other.
        for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
      }
    }
    const trigger = ctx.tokens[m.first];
    // "the occupied territories", "the destroyed platform": a participle describing a noun states a condition, not an event.
    // So is a past participle opening a longer pattern ("the besieged Bosnian town of Gorazde"), unless the pattern's
    // next word is the noun it describes ("the targeted killing of").
    const describing = m.wordTokens.length === 1 || (trigger.norm.endsWith('ed') && m.wordTokens[1] !== m.first + 1);
    if (describing && ctx.roles?.isAttributive(m.first)) continue;
    // "a voice for free Saudi elections": an uninflected word both the tagger and the parse take for
    // an adjective of a noun is no act ("pressured Israel", a verb form, may still be misparsed as one).
    if (m.wordTokens.length === 1 && trigger.pos === 'ADJ' && trigger.norm === trigger.lemma && ctx.roles?.modifiesNoun(m.first)) continue;
    // "called Israel's response unacceptable": a naming verb with a predicate of its object describes, it does not act.
    // A naming pattern ("naming=051") is the opposite: it codes only a described object, criticism unless the predicate praises.
    const described = m.wordTokens.length === 1 && (ctx.roles?.hasObjectPredicate(m.first) ?? false);
    if (p.namingPraiseCode ? !described : described && mods.naming.has(trigger.lemma)) continue;
    // "in response to what he called 'Iranian aggression'", "what they call Israel's siege": naming in a free relative.
    if (m.wordTokens.length === 1 && mods.naming.has(trigger.lemma) && (ctx.roles?.namesFreeRelative(m.first) ?? false)) continue;
    if (p.namingPraiseCode && ctx.roles!.praisingPredicate(m.first)) statedCode = p.namingPraiseCode;
    // What is described must be named there: "calling it 'null and void'" leaves too little to tell whose act it was.
    // An act noun recalling an act told before ("called the launch a grave threat") names it well enough.
    if (p.namingPraiseCode && !(targetMention && (targetMention.sentence === ctx.index ? targetMention.firstToken > m.first
      : ctx.roles!.hasObjectIn(m.first, mods.anaphor)))) continue;
    // "demonstrating its strength": a verb that is an event only without an object shows, it does not protest.
    if (m.wordTokens.length === 1 && mods.intransitive.has(trigger.lemma) && ctx.roles?.hasObject(m.first)) continue;
    // "struck a note of optimism", "hit a snag": with such an object a verb of force is a figure of speech.
    if (m.wordTokens.length === 1 && Number(p.code.slice(0, 2)) >= FORCE_ROOT && ctx.roles?.hasObjectIn(m.first, mods.figurative)) continue;
    if (nominal && ctx.roles?.isBackground(m.first)) continue;
    const lastWord = ctx.tokens[m.wordTokens[m.wordTokens.length - 1]];
    const verbal = ctx.roles && !nominal;
    // "Israel plans to launch an offensive", "vows to launch a nuclear strike": a noun event taken
    // by a light verb has that verb's status.
    const governing = !ctx.roles ? -1 : verbal ? m.first : ctx.roles.lightVerb(m.first);
    const status = modality(ctx, m.first, mods, governing >= 0 ? ctx.roles!.statusWords(governing) : null, governing >= 0 ? ctx.roles!.unrealisedInfinitive(governing) : false, !!verbal);
    // "may halt mediation if cooperation founders": conflict made conditional on the other side is a threat, not a
    // mere possibility (CAMEO 13).
    const conditional = !!verbal && status.modality === 'hypothetical' && Number(p.code.slice(0, 2)) >= MATERIAL_CONFLICT_ROOT
      && ctx.roles!.hasCondition(m.first);
    const ready = status.ready || conditional;
    // "holds out hope that Trump will relax sanctions": another's act hoped for is not coded (modifiers.tsv `wish`);
    // nor is an act a noun names as only possible ("weighs a possible strike on the Assad regime", `potential`).
    // "… a contingency plan should North Korea hold South Korean workers hostage": "should" before the doer is a condition.
    const inverted = !!sourceMention && sourceMention.endToken <= m.first && sourceMention.firstToken - 1 > ctx.firstToken
      && ctx.tokens[sourceMention.firstToken - 1].norm === INVERTED_CONDITION;
    const mode = inverted || (verbal && ctx.roles!.hopedFor(m.first)) || (nominal && (ctx.roles?.qualifiedBy(m.first, mods.potential) ?? false)) ? 'hypothetical' : conditional ? 'intended' : status.modality;
    // "vowed not to return the Golan Heights", "agreed never to attack": a negation between the pattern's words negates it too,
    // save in what is asked or threatened: "urged the US not to pull out of the accord" is still an appeal, but not the
    // one its pattern names (an appeal to withdraw), so it takes its root's general code (020).
    const inner = innerNegation(ctx.tokens, m);
    const requesting = REQUESTING_ROOTS.has(p.code.slice(0, 2));
    // "reached no agreement with Ukraine", "held no talks with Hamas": a word of the pattern denied by its determiner.
    const denied = ctx.roles?.deniedByDeterminer(m.wordTokens) ?? false;
    const negated = status.negated || (inner && !requesting) || denied;
    if (inner && requesting) statedCode = `${p.code.slice(0, 2)}0`;
    // "implored Moscow to step back or risk further punishment", "told Japan to resolve the row or face a deterioration
    // in trade": a request or a statement to someone that ends in an ultimatum (modifiers.tsv `ultimatum`) stands, and
    // the ultimatum is a threat besides.
    const ultimatum = (requesting && !p.code.startsWith(THREAT_ROOT)) || (statedCode === STATEMENT_CODE && !threatened && targetMention)
      ? ultimatumClosing() : null;
    // A reported (not announced) event cannot postdate its report: "signed on January 2 a deal
    // to finish the pipeline by 2025" happened on January 2.
    const possible = mode === 'asserted' && ctx.published ? ctx.dates.filter((d) => d.value <= ctx.published!) : ctx.dates;
    const date = nearest(possible, trigger.start);
    const place = eventPlace(ctx, m.first);
    // "Iran summoned the Swiss envoy to protest …": a state's or its government's protest as the purpose of another act is
    // a complaint made through that act, not a demonstration.
    if (LOCAL_PROTEST_ROOTS.has(p.code.slice(0, 2)) && m.wordTokens.length === 1 && ctx.tokens[m.first - 1]?.norm === PURPOSE_MARKER
      && sourceMention && isStateSide(sourceMention)) continue;
    // "Refugees arrived in Jordan" is no visit: only leaders, governments, states and envoys visit a place.
    if (p.placeTarget && p.code.startsWith(VISIT_ROOT) && sourceMention && !isVisitor(sourceMention, mods.envoy)) continue;
    // "could attack", "if they meet": a possible event is not an event.
    if (mode === 'hypothetical' && !negated) continue;
    // Refusing together ("Britain and France refused to agree") is no refusal of each other.
    if (negated && mutual) continue;
    // "North Korea fired a missile on Monday … Russia condemned the launch": an act done with no other side is no
    // event, but a later act noun may recall it and its doer.
    if (!pairs.length && sourceMention && !targetMention && mode === 'asserted' && !negated) ctx.recordAct?.(codebook.rootCode(statedCode), sourceMention);
    for (const [s, target] of pairs) {
      // "Egyptian police dispersed demonstrators": police and courts act on people of their own country.
      const domestic = DOMESTIC_ROLES.has(s.code.slice(3)) || (s.code.slice(3) === 'GOV' && HOME_AUDIENCE_ROLES.has(target.code.slice(3)));
      const t = target.code.startsWith('---') && s.country && domestic && target.kind === 'agent'
        ? { ...target, code: s.country + target.code.slice(3), country: s.country } : target;
      // One actor never acts on itself ("China's foreign ministry said Beijing…"); two people of
      // one government may ("Zelensky met Honcharuk").
      if (s === t || (s.code === t.code && (s.kind !== 'person' || t.kind !== 'person' || s.name === t.name))) continue;
      // Nor does a government or its forces talk to their own state ("Japan's minister told reporters Japan should not cut …" → JPNGOV, JPN),
      // unless the country stands for the place a measure applies to ("lifted a curfew in Algiers"); rallying
      // support for it or force against its people are events, and so is talk to a person the dictionaries
      // place in no office ("Trump accused Biden …" in 2020: USAGOV, USA). The state may be named by a
      // demonym ("Reagan told the American people").
      if (!placed && SELF_TALK_ROOTS.has(statedCode.slice(0, 2)) && t.kind !== 'person' && s.country && s.country === t.country && t.code === t.country && s.code !== s.country && isStateSide(s)) continue;
      // A state named as such and its own government are one side, and so are its forces acting on it ("The United States
      // vowed to avenge the killings of its ambassador", "Iran condemned … Tehran", "the U.S. military … defending the United
      // States"; "Sudan urged the Rapid Support Forces" is an event): the pair is a misread role, save in what
      // a state does at home (rallying support for itself, yielding, investigating, protesting, repressing).
      if (!placed && !HOME_ROOTS.has(statedCode.slice(0, 2)) && s.country && s.country === t.country && (isGovernmentOf(s, t) || isGovernmentOf(t, s))) continue;
      if (!placed && !FORCES_HOME_ROOTS.has(statedCode.slice(0, 2)) && s.country === t.country && isForcesOf(s, t)) continue;
      // Two sides of no known country ("gunmen killed soldiers" in a story that names no country) say
      // too little to be data: on the dev gold, dropping them removed 14 wrong events and no right one.
      // So does one side that is a country's institution or sector of no known country ("officials", "lawmakers",
      // "a court"): 27 wrong events and 2 right ones on the dev gold (docs/event-coding.md).
      if ((s.code.startsWith('---') && t.code.startsWith('---')) || isUnplaced(mods, s) || isUnplaced(mods, t)) continue;
      let code = statedCode;
      if (place && p.thirdPlaceCode && place.country !== s.country && place.country !== t.country
        && (ctx.roles?.locates(m.first, place.firstToken, place.endToken - 1) ?? true)) code = p.thirdPlaceCode;
      if (p.stateCode && isStateSide(s) && isStateSide(t)) code = p.stateCode;
      if (p.forcesCode && (isArmedForces(s) || armedBy(ctx.tokens, s, mods.armed))) code = p.forcesCode;
      if (p.bombsCode && bombedBy(ctx.tokens, s, mods.explosive)) code = p.bombsCode;
      // "bases hosting U.S. troops" is a presence, not a visit: only leaders, governments, states and envoys visit.
      const visitor = code === VISIT_MADE ? s : code === VISIT_HOSTED ? t : null;
      if (visitor && !isVisitor(visitor, mods.envoy)) continue;
      // "vowed not to cooperate with the US administration", "will not meet": cooperation refused is a rejection (data/verbs/refusal.tsv).
      const refusal = negated && mode === 'intended' ? refusalCode(patterns, code) : null;
      if (refusal) code = refusal;
      if (mode === 'intended' && !negated) {
        const intent = intentCode(patterns, code);
        // "sent troops to attack", "paid to kill": force only planned is a threat at most, which
        // the governing verb codes when it is one ("threatened to attack").
        // "was prepared to hit back at its enemies", "vowed to strike": force declared ready is a threat of force.
        if (!intent && Number(codebook.rootCode(code)) >= FORCE_ROOT && ready) code = THREATENED_FORCE_CODE;
        else if (!intent && Number(codebook.rootCode(code)) >= MATERIAL_CONFLICT_ROOT) continue;
        else code = intent ?? code;
      }
      // "the lingering threat of a U.S. military strike against Syria": force a noun of menace names is threatened.
      if (nominal && !negated && mode === 'asserted' && Number(codebook.rootCode(code)) >= FORCE_ROOT && ctx.roles?.menaced(m.first)) code = THREATENED_FORCE_CODE;
      const key = `${s.code}|${t.code}|${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = codebook.get(code)!;
      const plover = codebook.plover(code);
      let confidence = p.confidence ?? BASE_CONFIDENCE;
      if (s.code.startsWith('---') || t.code.startsWith('---')) confidence -= PENALTY.unknownCountry;
      if (!m.target && !p.symmetric) confidence -= PENALTY.searchedTarget;
      if (wordOrder) confidence -= PENALTY.wordOrder;
      if (nominal) confidence -= PENALTY.nominal;
      if (s.sentence !== ctx.index || t.sentence !== ctx.index) confidence -= PENALTY.antecedent;
      if (mode === 'intended') confidence -= PENALTY.intended;
      events.push({
        source: asEventActor(s), target: asEventActor(t),
        code, baseCode: codebook.baseCode(code), rootCode: codebook.rootCode(code),
        quadClass: entry.quadClass, goldstein: entry.goldstein, plover,
        date: date?.value ?? ctx.published, datePrecision: date ? date.precision : ctx.published ? 'published' : null,
        location: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon, precision: place.precision } : null,
        negated: negated && !refusal, modality: refusal ? 'asserted' : mode, symmetric: p.symmetric, sentence: ctx.index,
        trigger: { start: trigger.start, end: lastWord.end, text: ctx.text.slice(trigger.start, lastWord.end), pattern: p.text },
        evidence: { start: ctx.start, end: ctx.end, text: ctx.text.slice(ctx.start, ctx.end) },
        confidence: Math.round(Math.max(0.1, confidence) * 100) / 100,
      });
      const main = events[events.length - 1];
      // "Clinton met with Netanyahu in Jerusalem": a meeting in the other side's country is a visit there too (abroad.tsv).
      // The place must follow the meeting's word: one named before ("While violence in Iraq surges, U.S.
      // officials continue to engage with Iraqi leaders") is seldom where it happened.
      const visit = place && place.start > trigger.start ? patterns.abroad.get(code) : undefined;
      const visitKey = `${s.code}|${t.code}|${visit}`;
      const abroad = visit && place && !negated && mode === 'asserted' && t.country === place.country && s.country !== place.country
        && VISITOR_KINDS.has(s.kind) && !seen.has(visitKey) ? derived(main, visit, false, codebook) : null;
      if (abroad) { seen.add(visitKey); events.push(abroad); }
      const threatKey = `${s.code}|${t.code}|${ultimatum}`;
      if (ultimatum && !negated && !seen.has(threatKey)) { seen.add(threatKey); events.push(derived(main, ultimatum, false, codebook)); }
      // "Netanyahu visited Egypt": Egypt hosted Netanyahu too.
      const mirror = patterns.mirrors.get(code);
      const mirrorKey = `${t.code}|${s.code}|${mirror}`;
      if (mirror && !negated && mode === 'asserted' && !seen.has(mirrorKey)) {
        seen.add(mirrorKey);
        events.push(derived(main, mirror, true, codebook));
      }
    }
    const head = verbal ? ctx.roles!.infinitiveHead(m.first) : undefined;
    for (const e of events.slice(before)) {
      triggerOf.set(e, m.first);
      if (head !== undefined && head >= 0) governed.set(e, head);
    }
    if (events.length > before) m.wordTokens.forEach((w) => used.add(w));
  }
  // "met in Geneva to discuss trade": the purpose of an event between the same two sides is part of it.
  const sameDyad = (a: CodedEvent, b: CodedEvent) => (a.source.start === b.source.start && a.target?.start === b.target?.start)
    || (a.source.start === b.target?.start && a.target?.start === b.source.start);
  // "called on Tehran to protect the embassy", "asked Mulroney to refuse accreditation": what an appeal,
  // a demand or a threat asks for has not happened, whoever its sides are.
  // The asking verb counts even when it coded no event itself ("urged him to address the protesters' concerns").
  const asksFor = (o: CodedEvent) => REQUESTING_ROOTS.has(o.rootCode);
  const askingWords = new Set(matches.filter((m) => REQUESTING_ROOTS.has(m.pattern.code.slice(0, 2))).map((m) => m.first));
  const kept = events.filter((e) => !governed.has(e) || (!askingWords.has(governed.get(e)!)
    && !events.some((o) => o !== e && triggerOf.get(o) === governed.get(e) && (sameDyad(o, e) || asksFor(o)))));
  // "Ukraine accused Russia of sending heavy weaponry to aid rebels": what an accusation charges is
  // alleged, not coded as done; the accusation is the event. The accusing verb counts even when it coded
  // no event itself ("he was accusing Costa Rica of sending aid", with "he" unknown).
  // "arrested a missionary for collaborating with Israel": what a side is punished for (root 17) is alleged too
  // ("was arrested in Lebanon for collaborating with Israel", whose arrest codes nothing).
  const triggersOf = (prefix: string) => matches.filter((m) => m.pattern.code.startsWith(prefix)).map((m) => m.first);
  const accusers = new Set([...[...triggerOf].filter(([e]) => e.code.startsWith(ACCUSE_CODE)).map(([, t]) => t), ...triggersOf(ACCUSE_CODE)]);
  const punishers = new Set(triggersOf(COERCE_ROOT));
  const charged = (e: CodedEvent, by: ReadonlySet<number>, marks?: ReadonlySet<string>) =>
    !by.has(triggerOf.get(e)!) && ctx.roles!.alleged(triggerOf.get(e)!, by, marks);
  if (ctx.roles) for (let i = kept.length - 1; i >= 0; i--) if (charged(kept[i], accusers) || charged(kept[i], punishers, PUNISHED_FOR)) kept.splice(i, 1);
  // "The United States said its forces destroyed an Iranian platform and struck at a second": a
  // state and its own forces doing one kind of thing to the same side are one actor; the more specific code stays.
  const broader = (e: CodedEvent, o: CodedEvent) => o !== e && o.rootCode === e.rootCode && !o.negated && !e.negated
    && refines(o.source.code, e.source.code) && refines(o.target!.code, e.target!.code) && (o.source.code !== e.source.code || o.target!.code !== e.target!.code);
  // "Trump and Putin will meet on Monday for their first stand-alone meeting": a noun of the act that a verb of the
  // sentence codes between the same sides is that act again, not another.
  // (The parse's tag, when there is one: the tokenizer calls "their first stand-alone meeting" a verb.)
  const nominal = (e: CodedEvent) => (ctx.roles ? ctx.roles.isNoun(triggerOf.get(e)!) : ctx.tokens[triggerOf.get(e)!]?.pos === 'NOUN');
  const restates = (e: CodedEvent, o: CodedEvent) => o !== e && nominal(e) && !nominal(o) && !o.negated && sameSides(e, o)
    && (o.code === e.code || o.code === intentCode(patterns, e.code));
  // "Obama told Iranians, urging them to take a different path": a plain statement to a side the sentence codes a more
  // specific act of the same speaker toward is part of that act.
  const said = (e: CodedEvent, o: CodedEvent) => o !== e && e.code === STATEMENT_CODE && o.code !== STATEMENT_CODE && !o.negated
    && o.source.code === e.source.code && o.target!.code === e.target!.code;
  return kept.filter((e) => !e.target || !kept.some((o) => o.target && (broader(e, o) || restates(e, o) || said(e, o))))
    .sort((a, b) => a.trigger.start - b.trigger.start);
}

/** Whether two events are between the same two sides in the same direction, or either direction for a mutual act (a meeting). */
function sameSides(a: CodedEvent, b: CodedEvent): boolean {
  const [as, at, bs, bt] = [a.source.code, a.target?.code, b.source.code, b.target?.code];
  return (as === bs && at === bt) || ((a.symmetric || b.symmetric) && as === bt && at === bs);
}
