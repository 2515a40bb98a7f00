import type { ActorKind, ActorMention, PlaceMention, Token } from '../core/document.js';
import type { ActorDictionary, ActorEntry, RolePeriod } from '../dictionaries/actor-dictionary.js';
import { isGluedHyphen } from '../nlp/hyphens.js';
import { defaultSyntaxModels } from '../nlp/parser/index.js';
import { actorMention, changedMention } from './actor-mention.js';
import { isCapitalisedWord, isNameToken, NAME_PARTICLES, type Atom } from './actor-matcher.js';
import type { ArticleMemory, KnownPerson, RecentActor } from './article-memory.js';

/**
 * Prepositions after which a country is a place, not an actor ("met in Georgia"); "at", "near"
 * and "into" keep a country an actor ("fired rockets at Israel") but make a city a place.
 */
const COUNTRY_LOCATION_PREPOSITIONS = new Set(['in', 'inside', 'within', 'throughout', 'across']);
const CITY_LOCATION_PREPOSITIONS = new Set([...COUNTRY_LOCATION_PREPOSITIONS, 'at', 'near', 'outside', 'into']);
/** Words of a part of a country between the preposition and its name ("in northern Israel", "in eastern Ukraine"). */
const COMPASS_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western']);
/** Words that join coordinated actors ("Armenia and Azerbaijan", "the U.S., Russia and France"). */
const COORDINATORS = new Set(['and', ',', 'or', '&']);
/** Participles that, glued after a country, make it the doer of what follows ("the U.S.-led coalition", "Iranian-backed militias"). */
const AGENT_PARTICIPLES = new Set(['led', 'backed', 'brokered', 'funded', 'sponsored', 'supported', 'armed', 'trained', 'allied', 'imposed', 'drafted']);
/** Participles that, glued after a country or demonym, say where a thing was made ("Chinese-made missiles"). */
const MADE_IN = new Set(['made', 'built', 'designed', 'manufactured', 'produced', 'developed']);
/** Words of a count that may open a coordinated mention ("and at least 10 civilians", "and some 300 police"). */
const QUANTIFIERS = new Set(['at', 'least', 'about', 'some', 'nearly', 'around', 'almost', 'more', 'than', 'over', 'dozens', 'hundreds', 'thousands', 'of']);
/** Possessive markers between a country and a role ("Russia's military"). */
const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
/** Words ("the", "eastern") allowed between "in" and the place that localises a bare agent. */
const MAX_PLACE_MODIFIERS = 2;
/** How many words an opening "In …," may span before its comma ("In Shiite-dominated southern Iraq,"). */
const MAX_OPENING_PLACE = 6;
/** How many words may stand between a country and its role ("Israel's energy minister", "Iraq's influential top Shi'ite cleric"). */
const MAX_ROLE_MODIFIERS = 3;
const ROLE_MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Endings of the participles that may qualify a role ("newly elected", "visiting", "exiled"). */
const PARTICIPLE_ENDINGS = /(ed|ing|en)$/;
/** What follows a place opening a wire dateline: ", March 20", ", 3 JAN", " (AFP)". */
const DATELINE_FOLLOWERS = /^(, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|, \d{1,2} [A-Z]{3}|\( [A-Z][A-Za-z]+ \))/;
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words before a role phrase that make "from" after it a place of departure ("its ambassador from Israel"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', ...POSSESSIVE_PRONOUNS]);
/** The word that, capitalised after "the", names the Western bloc, and its CAMEO code (as "Western governments"). */
const THE_WEST = { word: 'West', code: 'WST', name: 'the West' } as const;
/** Words that name half of a divided country after "the" ("the North" in a story about North Korea). */
const COMPASS_HALVES = new Set(['North', 'South']);
/** Words of an unknown name that a title in apposition may describe ("Jen Psaki"). */
const MIN_APPOSED_NAME_WORDS = 2;
/** Articles that may stand between an apposition's comma and its title, and between coordinated mentions ("a U.S. soldier and a Romanian soldier"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Plural nouns of a group's members that may follow a group's name in a list ("EU countries, China and Russia"). */
const MEMBER_NOUNS = new Set(['countries', 'states', 'nations', 'members', 'governments']);
/** The longest short form of a country name ("U.S.", "UK", "UAE") that may stand as an adjective before a shared role. */
const MAX_SHORT_COUNTRY_LETTERS = 3;
/** The participle glued to a country that makes a role its own ("Saudi-led forces"). */
const LED = 'led';
/** The role code of a government. */
const GOVERNMENT = 'GOV';
/** The noun a capital's name may stand in apposition to ("the capital Kabul"). */
const CAPITAL_NOUN = 'capital';
/** The CAMEO code of non-governmental organisations, and the role codes of groups that are NGOs when no country owns them. */
const NGO = 'NGO';
const NGO_ROLES = new Set([NGO, 'HRI']);
/** Role nouns that refer back only to an actor named with the same noun ("the regime"), never to any government. */
const SAME_NOUN_ONLY = new Set(['regime']);
/** Role codes of people a verb takes "from" a group rather than sends from it. */
const TAKEN_FROM_ROLES = new Set(['CVL', 'REF']);
/** Roles of those who oppose a government: "anti-Assad rebels", "anti-Kremlin protesters" are of its country. */
const OPPONENT_ROLES = new Set(['REB', 'OPP', 'CVL']);
const ANTI = 'anti';
/** Armed roles that may be "loyal to" a leader ("forces loyal to President Assad" are Syria's). */
const ARMED_ROLES = new Set(['MIL', 'REB', 'UAF']);
/** How many words after "loyal to" may hold the leader's country or name ("loyal to ousted Syrian President Bashar Assad"). */
const MAX_LOYAL_WORDS = 5;
/** Participles after a hyphen by which a bare role still owns or leads what follows ("rebel-held", "army-backed"). */
const HYPHEN_OWNED = /(held|controlled|run|led|backed|occupied|dominated|linked|allied|aligned|friendly|supported|sponsored|appointed|installed|style)$/;
const COURTESY_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr']);

type Entry<T extends ActorEntry['type']> = Extract<ActorEntry, { type: T }>;

/**
 * Whether `word` (lower case) is, in the person's canonical name, only a lower-case syllable after a
 * hyphen: part of one given name ("Hong Soon-young", "Ban Ki-moon"). A capitalised part after a
 * hyphen is a name of its own ("Bashar al-Assad", "Boutros Boutros-Ghali").
 */
function givenNameSyllable(canonical: string, word: string): boolean {
  return canonical.split(/\s+/).some((w) => w.toLowerCase() !== word && w.split('-').slice(1).some((part) => /^\p{Ll}/u.test(part) && part === word));
}

/** A word without case or accents, so "ALAN GARCIA" and "Alan García" compare equal. */
const plain = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether `word` is one of the words of `name` ("Recep" of "Recep Tayyip Erdoğan"). */
function sharesName(name: string, word: string): boolean {
  return name.split(/[\s-]+/).some((w) => plain(w) === plain(word));
}

/** A generational suffix or regnal number ("Jr.", "III"), which ends a name but is none. */
const NAME_SUFFIX = /^(?:jr|sr)\.?$|^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi)$/;

/**
 * Whether `word` (lower case) only ends one of the person's names as a suffix: "Jr." is not Joseph
 * Dunford ("Joseph F. Dunford Jr."). A numeral-like word inside the canonical name is a name ("Xi Jinping").
 */
function nameSuffix(canonical: string, word: string): boolean {
  if (!NAME_SUFFIX.test(word)) return false;
  const words = canonical.toLowerCase().split(/\s+/);
  return words.indexOf(word) < 0 || words.indexOf(word) === words.length - 1;
}

/** Treebank tags of proper names and of word pieces, which say nothing about a word being common. */
const NAME_TAGS = new Set(['NNP', 'NNPS', 'GW', 'FW', 'XX', 'ADD', 'LS', 'NFP', 'SYM']);
let commonWords: ((word: string) => boolean) | null = null;

/**
 * Whether a word (lower case) is a common English word: the tagger's training treebank saw it with a
 * tag other than a proper name's ("meeting", "summit", "today", "elections"; not "cristiani", "jose").
 */
function commonWord(word: string): boolean {
  if (!commonWords) {
    const meta = defaultSyntaxModels().tagger.meta;
    commonWords = (w) => (meta.ambiguity[w]?.split(',') ?? []).some((id) => !NAME_TAGS.has(meta.xpos[Number(id)]));
  }
  return commonWords(word);
}

function pick<T extends ActorEntry['type']>(atom: Atom | undefined, type: T): Entry<T> | undefined {
  return atom?.kind === 'entry' ? (atom.entries.find((e) => e.type === type) as Entry<T> | undefined) : undefined;
}

/** The period of a known person in force on `date` (or the latest one when undated). */
export function periodOn(periods: RolePeriod[], date: string | null): RolePeriod | undefined {
  if (!date) return [...periods].sort((a, b) => b.from.localeCompare(a.from))[0];
  return periods.find((p) => p.from <= date && (!p.to || date <= p.to));
}

/** How many years before or after one of his periods a lone surname still names a person out of office ("Trump" in 2016). */
const OFFICE_REACH_YEARS = 3;

/** Whether `date` falls within OFFICE_REACH_YEARS of one of the periods. */
function nearOffice(periods: readonly RolePeriod[], date: string): boolean {
  const year = Number(date.slice(0, 4));
  return periods.some((p) => year >= Number(p.from.slice(0, 4)) - OFFICE_REACH_YEARS && (!p.to || year <= Number(p.to.slice(0, 4)) + OFFICE_REACH_YEARS));
}

/** A prefix that gives a role its country or organisation ("Armenian", "Japan's", "State Department"). */
interface Owner { code: string; country: string | null }

/** Armed roles outside a state's forces: "the militants" may be a group of no country ("the military" never is). */
const NONSTATE_ARMED_ROLES = new Set(['REB', 'UAF']);
/** The country part of the codes of international militant groups, which have no country ("IMGMUSISI"). */
const STATELESS_GROUPS = 'IMG';
/** How many sentences back "the group" may look for the actor it stands for. */
const REFERENCE_SENTENCES = 3;

/** Settles the atoms of one sentence into actor and place mentions, updating the memory. */
export class SentenceResolver {
  readonly actors: ActorMention[] = [];
  readonly places: PlaceMention[] = [];
  /** Role mentions whose country was guessed from the article, not stated: a side named with them may correct it. */
  private guessed = new Set<ActorMention>();
  /** Mentions of an organ led by its country ("Israel's Knesset"), which still place an agent: "a lawmaker in Israel's Knesset". */
  private owned = new Set<ActorMention>();

  constructor(
    private tokens: Token[],
    private sentence: number,
    private dict: ActorDictionary,
    private memory: ArticleMemory,
    private published: string | null,
    /** The article text, so mention text keeps the article's own spacing. */
    private source: string,
  ) {}

  private text(a: number, b: number): string {
    return b > a ? this.source.slice(this.tokens[a].start, this.tokens[b - 1].end) : '';
  }

  private add(m: Omit<ActorMention, 'start' | 'end' | 'text' | 'sentence' | 'firstToken' | 'endToken'>, a: number, b: number): ActorMention {
    const mention = actorMention({
      start: this.tokens[a].start, end: this.tokens[b - 1].end, text: this.text(a, b),
      sentence: this.sentence, firstToken: a, endToken: b,
    }, m, m.group);
    this.actors.push(mention);
    this.rememberRole(mention);
    this.memory.rememberRecent(mention);
    return mention;
  }

  /** An organisation or institution of the dictionary named by tokens [a, b). */
  private addOrgan(organ: Entry<'organization'> | Entry<'institution'>, a: number, b: number): ActorMention {
    if (organ.type === 'organization') {
      const country = this.dict.countryNames.has(organ.code.slice(0, 3)) ? organ.code.slice(0, 3) : null;
      return this.add({ code: organ.code, name: organ.name, country, role: null, kind: organ.kind }, a, b);
    }
    return this.add({ code: organ.code, name: organ.name, country: organ.code.slice(0, 3), role: null, kind: organ.kind === 'government' ? 'government' : 'agent' }, a, b);
  }

  /**
   * Remembers a person for coreference, also under the family name the dictionary gives a known person when
   * that is not the last word: after "Kim Jong Un", "Kim" and "Mr. Kim" are he, though other Kims hold office.
   */
  private rememberPerson(known: KnownPerson): void {
    this.memory.rememberPerson(known);
    const words = known.name.split(/\s+/);
    for (const w of words.slice(0, -1)) if (this.bearers(w).some((p) => p.name === known.name)) this.memory.rememberKey(w, known);
  }

  /** Remembers the country of a mention's role, for a later "the insurgents". */
  private rememberRole(mention: ActorMention): void {
    if (!mention.country || !/^[A-Z]{6}$/.test(mention.code) || !mention.code.startsWith(mention.country)) return;
    this.memory.countryByRole.set(mention.code.slice(3), mention.country);
    if (mention.role && mention.kind !== 'person') this.memory.countryByNoun.set(mention.role, mention.country);
  }

  private addPlace(e: Entry<'country'> | Entry<'capital'> | Entry<'place'>, a: number, b: number): void {
    this.places.push({
      start: this.tokens[a].start, end: this.tokens[b - 1].end, text: this.text(a, b), name: e.name,
      country: e.code, lat: e.lat, lon: e.lon, precision: e.type === 'country' ? 'country' : e.type === 'place' ? e.kind : 'city',
      sentence: this.sentence, firstToken: a, endToken: b,
    });
  }

  /** Whether the city at token `i` is named in apposition to the noun "capital" ("in the Syrian capital, Damascus"): the city, not its government. */
  private namedAsCapital(i: number, floor: number): boolean {
    const j = i - 1 >= floor && this.tokens[i - 1].norm === ',' ? i - 2 : i - 1;
    return j >= floor && this.tokens[j].norm === CAPITAL_NOUN;
  }

  private precededByLocation(i: number, floor: number, city: boolean, end = i + 1): boolean {
    // A wire dateline names where the story was filed: "PARIS, March 20 -", "Cairo (AFP) -".
    if (i === floor && DATELINE_FOLLOWERS.test(this.tokens.slice(end, end + 3).map((x) => x.text).join(' '))) return true;
    let j = i - 1;
    if (j >= floor && COMPASS_WORDS.has(this.tokens[j].norm)) j--;
    if (j >= floor && this.tokens[j].norm === 'the') j--;
    return j >= floor && (city ? CITY_LOCATION_PREPOSITIONS : COUNTRY_LOCATION_PREPOSITIONS).has(this.tokens[j].norm);
  }

  private owner(atom: Atom): Owner | null {
    const country = pick(atom, 'country') ?? pick(atom, 'demonym');
    if (country) return { code: country.code, country: country.code };
    const inst = pick(atom, 'institution') ?? pick(atom, 'organization');
    if (inst) return { code: inst.code, country: /^[A-Z]{3}/.test(inst.code) && this.dict.countryNames.has(inst.code.slice(0, 3)) ? inst.code.slice(0, 3) : null };
    const capital = pick(atom, 'capital');
    if (capital) return { code: `${capital.code}GOV`, country: capital.code };
    // "Darfur rebels", "Donetsk separatists": a city or region gives a role its country.
    const place = pick(atom, 'place');
    if (place) return { code: place.code, country: place.code };
    return null;
  }

  private roleCode(owner: Owner | null, role: Entry<'role'>): string {
    if (role.code === '~') return owner ? (owner.code.length > 3 ? owner.code : `${owner.code}GOV`) : '---GOV';
    // "Human rights organizations say", "aid agencies": with no country, such groups are the NGOs CAMEO codes as NGO (HRI).
    if (!owner) return NGO_ROLES.has(role.code) ? (role.code === NGO ? NGO : NGO + role.code) : `---${role.code}`;
    if (owner.code.length > 3) return owner.code;
    return owner.code + role.code;
  }

  /**
   * A name seen earlier in the article, else a dictionary person with that surname who is
   * the only one of that name in office on the publication date ("Putin said …").
   */
  private knownPerson(name: string): KnownPerson | undefined {
    const remembered = this.memory.person(name);
    if (remembered) return remembered;
    const bearers = this.bearers(name);
    const candidates = bearers.filter((p) => this.published && periodOn(p.periods, this.published));
    // "Trump said Mexico would pay for the wall" in 2016: a surname that only one dictionary person bears, out of
    // office on the date, still names him, as a person of his country. Not in all-capital wire text, where given
    // names that would tell another bearer apart are not judged ("TELMO ROMAN" in 1989 is no Petre Roman).
    if (!candidates.length && this.published && bearers.length && bearers.every((p) => p.name === bearers[0].name) && /\p{Ll}/u.test(name)
      && nearOffice(bearers[0].periods, this.published)) candidates.push(bearers[0]);
    // "Kim said …" with several Kims in North Korea's government: who is unsure, but not which side he speaks for.
    if (candidates.length > 1) {
      const codes = new Set(candidates.map((p) => periodOn(p.periods, this.published)!.code));
      if (codes.size !== 1) return undefined;
      const code = [...codes][0]!;
      return { name, code, country: code.slice(0, 3), role: null };
    }
    if (!candidates.length) return undefined;
    const known = this.personFromEntry(candidates[0]);
    this.rememberPerson(known);
    return known;
  }

  /**
   * The given names written before a surname, words `from`…`to`: initials, abbreviated titles ("Messrs.") and
   * particles ("Al" of "Turki Al-Malki") are none, nor are words of all-capital text, where "REJECTING
   * CRISTIANI" looks like a name too.
   */
  private givenWords(from: number, to: number): Token[] {
    return this.tokens.slice(from, to).filter((w) => w.pos === 'PROPN' && /\p{Ll}/u.test(w.text) && !w.text.endsWith('.') && !NAME_PARTICLES.has(w.norm));
  }

  /** The dictionary people with this surname, whatever the date, when they all belong to one country. */
  private leaderByName(surname: string): KnownPerson | undefined {
    const candidates = this.bearers(surname);
    const countries = new Set(candidates.map((p) => periodOn(p.periods, null)!.code.slice(0, 3)));
    if (countries.size !== 1) return undefined;
    const country = [...countries][0];
    return { name: surname, code: country, country, role: null };
  }

  /**
   * The dictionary people a name alone may stand for. A word that in a person's name is only a
   * syllable of a hyphenated given name ("Soon-young", "Young-sam", "Ki-moon") is not that person's
   * surname, though a spelling without the hyphen ("Hong Soon Young") ends with it: "Young people
   * protested" is not Hong Soon-young, nor is "Sam" Kim Young-sam. Nor is a suffix ("Jr.", "III") a surname.
   */
  private bearers(name: string): ReadonlyArray<Entry<'person'>> {
    const key = name.toLowerCase();
    return (this.dict.surnames.get(key) ?? []).filter((p) => !givenNameSyllable(p.name, key) && !nameSuffix(p.name, key));
  }

  private personFromEntry(p: Entry<'person'>): KnownPerson {
    const period = periodOn(p.periods, this.published);
    if (period) return { name: p.name, code: period.code, country: period.code.slice(0, 3), role: period.role, title: period.title };
    // Out of office on this date: the person still belongs to a country, not to its government.
    const latest = periodOn(p.periods, null)!;
    return { name: p.name, code: latest.code.slice(0, 3), country: latest.code.slice(0, 3), role: null };
  }

  /** Resolves all atoms of the sentence, left to right. */
  resolve(atoms: Atom[], floor: number): void {
    let k = 0;
    while (k < atoms.length) k = this.resolveAt(atoms, k, floor);
    this.localizeByOpeningPlace(floor);
    this.localizeBareAgents();
    this.localizeEthnicGroups();
    this.groupCoordinated();
  }

  /**
   * "ethnic Albanians in south Serbia", "Serb forces killed three ethnic Albanians … in
   * southeastern Serbia": a people named as an ethnic group is no state; it belongs to the
   * country of the place the sentence names, as its civilians (SRBCVL).
   */
  private localizeEthnicGroups(): void {
    const t = this.tokens;
    this.actors.forEach((m, i) => {
      if (m.code !== m.country || m.firstToken === 0 || t[m.firstToken - 1].norm !== 'ethnic') return;
      // "in war-torn Serbia" is read as a state, not a place, because of the adjective (a compass word would make it a place).
      const home = this.places.find((p) => p.country !== m.country)?.country
        ?? this.actors.find((a) => a.kind === 'state' && a.country !== m.country)?.country;
      if (home) this.actors[i] = changedMention(m, { code: `${home}CVL`, country: home, kind: 'agent' });
    });
  }

  /**
   * "In Egypt, the military ousted President Morsi": a sentence that opens on where it happens
   * places its bare roles there, before the article's guess (dateline, main country) or none.
   */
  private localizeByOpeningPlace(floor: number): void {
    const t = this.tokens;
    if (t[floor]?.norm !== 'in') return;
    let comma = floor + 1;
    while (comma < t.length && comma <= floor + MAX_OPENING_PLACE && t[comma].text !== ',') comma++;
    if (t[comma]?.text !== ',') return;
    const inOpening = (m: { firstToken: number; endToken: number }) => m.firstToken > floor && m.endToken <= comma;
    const countries = new Set([...this.places.filter(inOpening), ...this.actors.filter((a) => inOpening(a) && a.kind === 'state')].map((m) => m.country));
    if (countries.size !== 1) return;
    const [country] = countries;
    if (!country) return;
    this.actors.forEach((m, i) => {
      if (m.firstToken <= comma || (m.kind !== 'agent' && m.kind !== 'government')) return;
      if (!m.code.startsWith('---') && !this.guessed.has(m)) return;
      this.actors[i] = changedMention(m, { code: country + m.code.slice(3), country });
    });
  }

  /**
   * "rebels in Darfur", "separatists in eastern Ukraine", "demonstrators in Baghdad", "officials in Kabul": an agent or official
   * with no country, placed by "in" in a country or city, belongs to that country.
   */
  private localizeBareAgents(): void {
    const t = this.tokens;
    this.actors.forEach((m, i) => {
      if (!m.code.startsWith('---') || (m.kind !== 'agent' && m.kind !== 'government') || t[m.endToken]?.norm !== 'in') return;
      // "in war-torn Ukraine" is read as an actor, not a place, because of the adjective (a compass word would make it a place).
      const near = (first: number) => first > m.endToken && first <= m.endToken + 1 + MAX_PLACE_MODIFIERS
        && t.slice(m.endToken + 1, first).every((x) => x.pos === 'DET' || x.pos === 'ADJ');
      // "lawmakers in Iran's parliament": an institution of a country places them as well as the country does.
      const country = this.places.find((p) => near(p.firstToken))?.country
        ?? this.actors.find((a) => (this.owned.has(a) || (a.kind !== 'person' && a.country !== null)) && near(a.firstToken))?.country;
      if (country) this.actors[i] = changedMention(m, { code: country + m.code.slice(3), country });
    });
  }

  private resolveAt(atoms: Atom[], k: number, floor: number): number {
    const atom = atoms[k];
    const next = atoms[k + 1];
    const t = this.tokens;

    // "an Armenian-American lobby" is American ("Israeli-Palestinian talks" keep both sides: only "-American" names a heritage).
    if (next && pick(atom, 'demonym') && pick(next, 'demonym')?.code === 'USA' && t[next.start].norm === 'american'
      && next.start === atom.end + 1 && isGluedHyphen(t, atom.end)) return k + 1;
    const own = this.ownOrgan(atoms, k);
    if (own) return own;
    const shared = this.sharedRole(atoms, k, floor);
    if (shared) return shared;
    // Owner + role (+ name): "Armenian Prime Minister Nikol Pashinyan", "Israeli police", "Japan's Prime Minister".
    // Up to two modifiers may stand between: "Israel's energy minister", "Indonesian National Police".
    const owner = this.owner(atom);
    if (owner && next && !pick(atom, 'person')) {
      // "Chad's Paris embassy": a city between owner and role says where the office is, not whose.
      const modifier = next.kind === 'name' || pick(next, 'capital') || pick(next, 'place');
      const r = modifier && atoms[k + 2] && pick(atoms[k + 2], 'role') ? k + 2 : k + 1;
      const roleEnd = atoms[r]?.end ?? 0;
      // "American military assistance": a role word used as an adjective leaves the owner alone.
      // Not so a role word before another ("an Israeli military spokesman"): the two are one stacked title.
      const stacked = atoms[r + 1]?.start === roleEnd && !!pick(atoms[r + 1], 'role');
      const adjectival = t[roleEnd - 1]?.pos === 'ADJ' && t[roleEnd]?.pos === 'NOUN' && !stacked;
      if (pick(atoms[r], 'role') && !adjectival) {
        const gap = t.slice(atom.end, atoms[r].start);
        // "Vietnamese-led forces", "the U.S.-led coalition": the leading country's own forces.
        const led = gap.length >= 2 && isGluedHyphen(t, atom.end) && t[atom.end + 1].norm === LED ? 2 : 0;
        const modifiers = POSSESSIVES.has(gap[0]?.norm) ? gap.slice(1) : gap.slice(led);
        // "Israeli aerial and naval forces": adjectives joined by "and" still lead to the role.
        const joined = (i: number) => modifiers[i].norm === 'and' && modifiers[i - 1]?.pos === 'ADJ';
        // "Pakistan's newly elected prime minister": after a possessive, a participle, and an adverb before one, qualify
        // the role too ("Russia deployed troops" has none: the verb is no modifier).
        const owned = POSSESSIVES.has(gap[0]?.norm);
        // So does an adverb before another modifier ("Seoul's new liberal administration", "new" read as an adverb).
        const participle = (i: number) => owned && (modifiers[i].pos === 'VERB' && PARTICIPLE_ENDINGS.test(modifiers[i].norm)
          || (modifiers[i].pos === 'ADV' && i + 1 < modifiers.length));
        if (modifiers.length <= MAX_ROLE_MODIFIERS && modifiers.every((x, i) => ROLE_MODIFIER_POS.has(x.pos) || joined(i) || participle(i))) {
          return this.resolveRole(atoms, r, owner, atom.start);
        }
      }
    }
    if (pick(atom, 'role')) return this.resolveRole(atoms, k, null, atom.start);

    const person = pick(atom, 'person');
    if (person) {
      const known = this.personFromEntry(person);
      this.rememberPerson(known);
      const governed = this.governmentOf(known, atoms, k);
      if (governed) return governed;
      this.add({ code: known.code, name: known.name, country: known.country, role: known.role, kind: 'person' }, atom.start, atom.end);
      return k + 1;
    }
    if (atom.kind === 'name') {
      const half = this.halfOfDividedCountry(atom, floor) ?? this.elidedHalf(atoms, k);
      if (half) {
        this.add({ code: half, name: this.dict.countryNames.get(half)!, country: half, role: null, kind: 'state' }, atom.start, atom.end);
        return k + 1;
      }
      if (this.isTheWest(atom, floor)) {
        this.add({ code: THE_WEST.code, name: THE_WEST.name, country: null, role: null, kind: 'igo' }, atom.start - 1, atom.end);
        return k + 1;
      }
      // "Mr. Price": the courtesy title is part of the mention, not of the name.
      const nameStart = COURTESY_TITLES.has(t[atom.start].norm) ? atom.start + 1 : atom.start;
      // "Abbas Jafari-Dowlatabadi" is not Jafari: a name joined by a hyphen to the next word is longer than the known one.
      if (/^-\p{Lu}/u.test(this.source.slice(t[atom.end - 1].end, t[atom.end - 1].end + 2))) return k + 1;
      let known = nameStart < atom.end ? this.knownPerson(this.text(nameStart, atom.end)) : undefined;
      let from = atom.start;
      // "Greek Mitsotakis", "Envoy Price": an unknown word before a known surname is not part of it.
      if (!known && atom.end - nameStart > 1) {
        known = this.knownPerson(this.text(atom.end - 1, atom.end));
        // "Melania Trump", "Hunter Biden", "Sadiq Khan": given names the known bearer has none of make another person
        // of that surname ("Recep Erdogan", "Mike R. Pompeo", "Robert Gabriel Mugabe" are still the known one).
        const given = this.givenWords(nameStart, atom.end - 1);
        if (known && given.length && !given.some((w) => sharesName(known!.name, w.text))) known = undefined;
        if (known) from = atom.end - 1;
      }
      // "the Obama administration" in 2018: a leader out of office still names the government he led.
      const former = known ? undefined : this.leaderByName(this.text(atom.end - 1, atom.end));
      if (former) {
        const governed = this.governmentOf(former, atoms, k);
        if (governed) return governed;
      }
      if (known) {
        const governed = this.governmentOf(known, atoms, k);
        if (governed) return governed;
        this.add({ code: known.code, name: known.name, country: known.country, role: known.role, kind: 'person' }, from, atom.end);
        return k + 1;
      }
      return nameStart < atom.end ? this.appositiveTitle(atoms, k, nameStart, floor) : k + 1;
    }
    const reference = pick(atom, 'reference');
    if (reference) {
      if (reference.kind === 'pair') this.addPair(null, atom.start, atom.end);
      else this.addLast(reference.codes, atom.start, atom.end);
      return k + 1;
    }
    const country = pick(atom, 'country');
    const capital = pick(atom, 'capital');
    // The participle glued after the name ("U.S.-led", "Chinese-made"), if any.
    const glued = isGluedHyphen(t, atom.end) ? t[atom.end + 1].norm : '';
    // "Chinese-made missiles", "Russian-built jets": where a weapon was made is no side of the event it is used in.
    if ((country || pick(atom, 'demonym')) && MADE_IN.has(glued)) return k + 1;
    // "in the U.S.-led fight against ISIS": a country that leads or backs what follows acts; it is no place.
    const acting = AGENT_PARTICIPLES.has(glued);
    if ((country || capital) && !acting && (this.precededByLocation(atom.start, floor, !country, atom.end) || (capital && !country && this.namedAsCapital(atom.start, floor)))) {
      // "PARIS, Oct 19 - Chadian troops…" is a story about Chad: the dateline's country counts only when the article names it most.
      const code = (country ?? capital)!.code;
      const counts = this.memory.countryMentions;
      // So does it when the lead's first actor is that country ("KUWAIT, June 2 - Kuwait, a target of Iranian anger, …").
      // "MOSCOW (USSR), 27 NOV 89 -- [TEXT] The Salvadoran government …": the country in brackets belongs to the dateline, not to the lead.
      const bracketed = atoms[k + 1] && t[atom.end]?.norm === '(' && atoms[k + 1].start === atom.end + 1 && t[atoms[k + 1].end]?.norm === ')';
      const next = atoms[k + (bracketed ? 2 : 1)];
      const lead = [pick(next, 'country'), pick(next, 'capital'), pick(next, 'demonym')].some((e) => e?.code === code);
      if (this.sentence === 0 && atom.start === floor && (lead || (counts.get(code) ?? 0) >= Math.max(...counts.values()))) this.memory.datelineCountry = code;
      this.addPlace((country ?? capital)!, atom.start, atom.end);
      return k + 1;
    }
    if (country) {
      this.add({ code: country.code, name: country.name, country: country.code, role: null, kind: 'state' }, atom.start, atom.end);
      return k + 1;
    }
    const organ = pick(atom, 'organization') ?? pick(atom, 'institution');
    if (organ) {
      this.addOrgan(organ, atom.start, atom.end);
      return k + 1;
    }
    if (capital) {
      // "Victoria Nuland", "Jackson Diehl": a capital's name that goes on with a capitalised word of no other entry is a person's.
      const next = t[atom.end];
      const personal = !!next && isNameToken(next) && isCapitalisedWord(next) && !atoms.some((a) => a.start === atom.end && a.kind !== 'name');
      if (!personal) this.add({ code: `${capital.code}GOV`, name: capital.name, country: capital.code, role: null, kind: 'government' }, atom.start, atom.end);
      return k + 1;
    }
    const demonym = pick(atom, 'demonym');
    if (demonym) {
      this.add({ code: demonym.code, name: demonym.name, country: demonym.code, role: null, kind: 'agent' }, atom.start, atom.end);
      return k + 1;
    }
    // "laid siege to Aleppo", "Russia annexed Crimea": a city or region of places.tsv is where, never who.
    // A capitalised name right after it makes the place part of a longer name: "Geneva Conventions",
    // "Tel Aviv University", "New York Times", "Gao Zhisheng".
    // So does a name particle before it, with or without a hyphen: "Ahmed al-Basra", "Abu Kandahar".
    const place = pick(atom, 'place');
    const before = atom.start > 1 && isGluedHyphen(t, atom.start - 1) ? atom.start - 2 : atom.start - 1;
    const particle = before >= 0 && NAME_PARTICLES.has(t[before].norm);
    if (!place || particle || (atom.end < t.length && isNameToken(t[atom.end]))) return k + 1;
    // "Lagos said" in 2002 is Ricardo Lagos: a place that is a known surname is read as a name unless
    // a preposition of place comes before it ("in Lagos").
    if (atom.end - atom.start === 1 && this.bearers(t[atom.start].norm).length && !this.precededByLocation(atom.start, floor, true, atom.end)) {
      atoms[k] = { kind: 'name', start: atom.start, end: atom.end };
      return this.resolveAt(atoms, k, floor);
    }
    this.addPlace(place, atom.start, atom.end);
    return k + 1;
  }

  /**
   * "Nicaragua's Sandinista government", "Iran's Revolutionary Guards": a country before a group or organ of
   * its own is one mention of that group, as the possessor alone would be a second, vaguer actor. Returns the
   * next atom index, or 0.
   */
  private ownOrgan(atoms: Atom[], k: number): number {
    const t = this.tokens;
    const country = pick(atoms[k], 'country') ?? pick(atoms[k], 'demonym');
    const next = atoms[k + 1];
    if (!country || !next || pick(atoms[k], 'person')) return 0;
    const gap = t.slice(atoms[k].end, next.start);
    const person = pick(next, 'person');
    if (person) {
      // "Jordan's visiting King Abdullah II", "Iran's Ayatollah Ali Khamenei": the country's own office holder.
      const known = this.personFromEntry(person);
      const modifiers = gap.slice(1);
      if (!POSSESSIVES.has(gap[0]?.norm) || known.country !== country.code || modifiers.length > 1 || modifiers.some((w) => !/^\p{Ll}/u.test(w.text))) return 0;
      this.rememberPerson(known);
      this.owned.add(this.add({ code: known.code, name: known.name, country: known.country, role: known.role, kind: 'person' }, atoms[k].start, next.end));
      return k + 2;
    }
    const organ = pick(next, 'organization') ?? pick(next, 'institution');
    if (!organ || organ.code.slice(0, 3) !== country.code) return 0;
    if (gap.length > 1 || (gap.length === 1 && !POSSESSIVES.has(gap[0].norm))) return 0;
    const kind: ActorKind = organ.type === 'organization' ? organ.kind : organ.kind === 'government' ? 'government' : 'agent';
    this.owned.add(this.add({ code: organ.code, name: organ.name, country: country.code, role: null, kind }, atoms[k].start, next.end));
    return k + 2;
  }

  /**
   * An adjective of nationality that can share a later role noun: "Hungarian" or the short form "U.S."
   * ("Hungarian and Romanian officials", "U.S. and Russian negotiators"), not a people ("Israelis and
   * Palestinian forces") nor a country's full name ("Russia and Ukrainian forces" are two sides).
   */
  private nationalAdjective(atom: Atom | undefined): string | null {
    if (!atom || pick(atom, 'person')) return null;
    const words = this.tokens.slice(atom.start, atom.end);
    const demonym = pick(atom, 'demonym');
    if (demonym) return /[^s]s$/i.test(words[words.length - 1].text) ? null : demonym.code;
    const country = pick(atom, 'country');
    // Only a short form: "NICARAGUA AND THE NICARAGUAN EMBASSY" in all-capital text is a country and an embassy.
    const letters = words.map((w) => w.text).join('').replace(/\./g, '');
    return country && letters.length <= MAX_SHORT_COUNTRY_LETTERS && !/\p{Ll}/u.test(letters) ? country.code : null;
  }

  /**
   * "Senior Hungarian and Romanian officials", "the Russian and Ukrainian presidents": nationality
   * adjectives joined by "and" or commas before one role noun each own that role. Resolves the last
   * adjective with its role as usual, then gives the same role to the others; returns the next atom
   * index, or 0 when atoms[k] does not start such a list.
   */
  private sharedRole(atoms: Atom[], k: number, floor: number): number {
    const t = this.tokens;
    const owners: string[] = [];
    let m = k;
    for (let code = this.nationalAdjective(atoms[m]); code; code = this.nationalAdjective(atoms[m])) {
      owners.push(code);
      const next = atoms[m + 1];
      const gap = next ? t.slice(atoms[m].end, next.start) : [];
      if (!gap.length || !gap.every((x) => COORDINATORS.has(x.norm)) || !this.nationalAdjective(next)) break;
      m++;
    }
    if (m === k) return 0;
    const before = this.actors.length;
    const after = this.resolveAt(atoms, m, floor);
    const last = this.actors[before];
    // Only a role the last adjective took ("Romanian officials"), not the adjective alone ("Romanian").
    if (!last || last.firstToken !== atoms[m].start || !last.role || last.kind === 'person' || !last.country || !last.code.startsWith(last.country)) {
      this.actors.splice(before);
      return 0;
    }
    const suffix = last.code.slice(last.country.length);
    // Reading order: the adjectives come before the role they share.
    const resolved = this.actors.splice(before);
    owners.slice(0, -1).forEach((code, i) => this.add({
      code: code + suffix, name: `${this.dict.countryNames.get(code) ?? code} ${last.role}`, country: code, role: last.role, kind: last.kind,
    }, atoms[k + i].start, atoms[k + i].end));
    this.actors.push(...resolved);
    // The role named last in the text is the last one remembered.
    this.rememberRole(last);
    return after;
  }

  /**
   * "the West" as the Western bloc ("criticized the West for the escalation"): capitalised, after
   * "the", not a region ("the West of the country", "the West of Ireland", "in the West"); longer
   * names ("the West Bank", "West Africa") are dictionary phrases and never get here.
   */
  private isTheWest(atom: Atom, floor: number): boolean {
    const t = this.tokens;
    return atom.end - atom.start === 1 && t[atom.start].text === THE_WEST.word && atom.start > floor && t[atom.start - 1].norm === 'the'
      && !(t[atom.end]?.norm === 'of' && (t[atom.end + 1]?.norm === 'the' || (t[atom.end + 1] && isNameToken(t[atom.end + 1]))))
      && !this.precededByLocation(atom.start, floor, true);
  }

  /**
   * "the North", "the South": in a story that names North Korea (or South Sudan…), the half of
   * a divided country whose name starts with that word.
   */
  private halfOfDividedCountry(atom: Atom, floor: number): string | null {
    const t = this.tokens;
    const word = t[atom.start].text;
    if (atom.end - atom.start !== 1 || !COMPASS_HALVES.has(word) || atom.start <= floor || t[atom.start - 1].norm !== 'the') return null;
    let best: string | null = null;
    for (const [code, n] of this.memory.countryMentions) {
      if (this.dict.countryNames.get(code)?.startsWith(`${word} `) && (!best || n > (this.memory.countryMentions.get(best) ?? 0))) best = code;
    }
    return best;
  }

  /**
   * "the leaders of North and South Korea": a compass word joined by "and" to the name of the other half of a
   * divided country is the first half, its own name with the shared rest elided ("North" + " Korea").
   */
  private elidedHalf(atoms: Atom[], k: number): string | null {
    const t = this.tokens;
    const atom = atoms[k];
    const next = atoms[k + 1];
    const word = t[atom.start].text;
    const other = pick(next, 'country');
    if (atom.end - atom.start !== 1 || !COMPASS_HALVES.has(word) || !other || t[atom.end]?.norm !== 'and' || next.start !== atom.end + 1) return null;
    const [first, ...rest] = this.dict.countryNames.get(other.code)?.split(' ') ?? [];
    if (!rest.length || first === word || !COMPASS_HALVES.has(first)) return null;
    const name = `${word} ${rest.join(' ')}`;
    for (const [code, canonical] of this.dict.countryNames) if (canonical === name) return code;
    return null;
  }

  /**
   * "Jen Psaki, the State Department spokeswoman": an unknown name followed by a comma and a
   * title takes the title's code, and is remembered by it. Returns the next atom index.
   */
  private appositiveTitle(atoms: Atom[], k: number, nameStart: number, floor: number): number {
    const t = this.tokens;
    const name = atoms[k];
    const next = atoms[k + 1];
    let gap = name.end;
    if (t[gap]?.norm !== ',') return k + 1;
    gap++;
    if (ARTICLES.has(t[gap]?.norm)) gap++;
    if (!next || next.start !== gap) return k + 1;
    const before = this.actors.length;
    const after = this.resolveAt(atoms, k + 1, floor);
    const title = this.actors[before];
    // Only a title starting right after the comma, not a person or a bare word, describes the name.
    if (!title || title.start !== t[next.start].start || !title.role || title.kind === 'person' || title.code.startsWith('---')) return after;
    // A person's title ("spokeswoman", not "government") after a name of two words or more ("Cessation of Hostilities, the government" is no person).
    const personTitle = atoms.slice(k + 1, after).some((a) => pick(a, 'role')?.title);
    if (!personTitle || name.end - nameStart < MIN_APPOSED_NAME_WORDS) return after;
    const known: KnownPerson = { name: this.text(nameStart, name.end), code: title.code, country: title.country, role: title.role, title: title.role };
    this.rememberPerson(known);
    this.add({ code: known.code, name: known.name, country: known.country, role: known.role, kind: 'person' }, name.start, name.end);
    // Keep the mentions in reading order: the name comes before its title.
    this.actors.splice(before, 0, this.actors.pop()!);
    return after;
  }

  /**
   * "the Trump administration", "Putin's government": a leader's name before a role that
   * stands for a government names that country's government. Returns the next atom index,
   * or 0 when the name is not followed by such a role.
   */
  private governmentOf(known: Pick<KnownPerson, 'country'>, atoms: Atom[], k: number, from = atoms[k].start): number {
    const next = atoms[k + 1];
    const role = next && pick(next, 'role');
    if (!role || !known.country || (role.code !== 'GOV' && role.code !== '~')) return 0;
    const gap = this.tokens.slice(atoms[k].end, next.start);
    if (gap.length > 1 || (gap.length === 1 && !POSSESSIVES.has(gap[0].norm))) return 0;
    // "Trump administration officials": role words right after it are the same government's.
    let j = k + 2;
    let end = next.end;
    while (atoms[j] && atoms[j].start === end && pick(atoms[j], 'role')) end = atoms[j++].end;
    this.add(this.roleMention(role, { code: known.country, country: known.country }), from, end);
    return j;
  }

  /** A role at atoms[k], maybe owned, maybe followed by a name or by "of COUNTRY (and COUNTRY)". */
  private resolveRole(atoms: Atom[], k: number, owner: Owner | null, start: number): number {
    const t = this.tokens;
    let role = pick(atoms[k], 'role')!;
    let end = atoms[k].end;
    let j = k + 1;
    // Stacked titles: "Deputy Prime Minister", "Foreign Minister spokesman" — the last one rules.
    while (atoms[j] && atoms[j].start === end && pick(atoms[j], 'role')) {
      const next = pick(atoms[j], 'role')!;
      // "police spokesman", "army spokesman": a title that takes its code from what it belongs to takes the role's before it.
      role = next.code === '~' && role.code !== '~' ? { ...next, code: role.code } : next;
      end = atoms[j].end;
      j++;
    }
    const nextAtom = atoms[j];
    // "the leaders of Armenia and Azerbaijan", "foreign ministers of both countries", "diplomats from China and Russia".
    // Only a bare office is from a country: "forces from Panama" are more often leaving it, and
    // "recalled its ambassador from Israel", "received a delegation from Saudi Arabia" name where it comes from.
    // A group or organisation is no place to come from: "a delegation from Hamas", "a team from the IAEA" are its own.
    // Civilians, hostages and refugees "from" a group are more often taken from it ("rescued hostages from Abu Sayyaf").
    const fromGroup = !!nextAtom && !TAKEN_FROM_ROLES.has(role.code) && !pick(nextAtom, 'country') && !pick(nextAtom, 'capital') && !pick(nextAtom, 'place') && !pick(nextAtom, 'demonym')
      && !!(pick(nextAtom, 'organization') ?? pick(nextAtom, 'institution'));
    const ownerWord = t[end]?.norm === 'of' || (t[end]?.norm === 'from' && role.code === GOVERNMENT && !DETERMINERS.has(t[start - 1]?.norm ?? ''));
    // The next atom right after the word that follows the role, over "the" ("the leaders of [the] opposition").
    const nextFollows = !!nextAtom && nextAtom.start === end + 1 + (t[end + 1]?.norm === 'the' ? 1 : 0);
    // "the leaders of the opposition", "the commander of the rebels": a role of another role is that one's;
    // the first word names no actor of its own, and the parse finds the second through "of".
    if (!owner && t[end]?.norm === 'of' && nextAtom && nextFollows
      && pick(nextAtom, 'role') && !pick(nextAtom, 'country') && !pick(nextAtom, 'organization') && !pick(nextAtom, 'institution')) return j;
    // The group stays a mention of its own, as the target of "hosted a delegation from {T}".
    if (!owner && !ownerWord && fromGroup && t[end]?.norm === 'from' && nextFollows) {
      this.add(this.roleMention(role, this.owner(nextAtom)), start, end);
      return j;
    }
    // "the leaders of the Syrian opposition": a country that only qualifies the role after it makes a role of that role,
    // which names no actor of its own; "the bombers of the U.S. airliner": one that qualifies a common noun owns no role.
    const qualifies = !owner && ownerWord && nextAtom && nextFollows && !!(pick(nextAtom, 'country') ?? pick(nextAtom, 'demonym'));
    const glued = !!qualifies && atoms[j + 1]?.start === nextAtom.end;
    if (glued && pick(atoms[j + 1], 'role')) return j;
    const ofQualifier = !!qualifies && !glued && /^\p{Ll}/u.test(t[nextAtom.end]?.text ?? '') && t[nextAtom.end].pos === 'NOUN';
    if (!owner && !ofQualifier && nextAtom && end < t.length && ownerWord && nextFollows) {
      if (pick(nextAtom, 'reference')) {
        this.addPair(role, start, nextAtom.end);
        return j + 1;
      }
      const half = nextAtom.kind === 'name' ? this.elidedHalf(atoms, j) : null;
      const ofOwner = this.owner(nextAtom) ?? (half ? { code: half, country: half } : null);
      if (ofOwner && !pick(nextAtom, 'person')) {
        const first = this.add(this.roleMention(role, ofOwner), start, nextAtom.end);
        let m = j + 1;
        // Coordinated owners share the role ("the foreign ministers of Iran, the United States and Britain").
        while (atoms[m] && this.owner(atoms[m]) && t.slice(atoms[m - 1].end, atoms[m].start).every((x) => COORDINATORS.has(x.norm) || x.norm === 'the')
          && atoms[m].start > atoms[m - 1].end) {
          const o = this.owner(atoms[m])!;
          const mention = this.add(this.roleMention(role, o), atoms[m].start, atoms[m].end);
          mention.group = this.actors.indexOf(first);
          first.group = this.actors.indexOf(first);
          m++;
        }
        return m;
      }
    }
    // Title + name: "Secretary of State Antony Blinken", "State Department spokesman Ned Price".
    if (role.title && nextAtom && nextAtom.start === end && (nextAtom.kind === 'name' || pick(nextAtom, 'person')) && !this.commonWordsInCapitals(nextAtom)) {
      // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": each name may carry its own "of COUNTRY".
      let m = j;
      let from = start;
      let first: ActorMention | null = null;
      while (atoms[m] && (atoms[m].kind === 'name' || pick(atoms[m], 'person'))) {
        let nameAtom = atoms[m];
        if (this.roleAsSurname(atoms[m + 1], nameAtom)) {
          nameAtom = { kind: 'name', start: nameAtom.start, end: atoms[m + 1].end };
          atoms.splice(m, 2, nameAtom);
        }
        const ofAtom = atoms[m + 1];
        const ofOwner = ofAtom && t[nameAtom.end]?.norm === 'of' && ofAtom.start === nameAtom.end + 1 ? this.owner(ofAtom) : null;
        const mention = this.titledPerson(role, ofOwner ?? owner, nameAtom, from, ofOwner ? ofAtom.end : nameAtom.end);
        // "President Donald Trump's administration": the government of the person just named, as "Trump's administration" is.
        const governed = !ofOwner && !first && mention.country ? this.governmentOf(mention, atoms, m, from) : 0;
        if (governed) {
          this.actors.splice(this.actors.indexOf(mention), 1);
          return governed;
        }
        if (first) mention.group = first.group = this.actors.indexOf(first);
        first ??= mention;
        m += ofOwner ? 2 : 1;
        const next = atoms[m];
        // Only a plural title distributes over a list of names.
        if (!next || next.kind !== 'name' || !/s$/i.test(t[end - 1].text)) break;
        const between = t.slice(atoms[m - 1].end, next.start);
        if (!between.length || !between.every((x) => COORDINATORS.has(x.norm))) break;
        from = next.start;
      }
      return m;
    }
    // "the militant group Hamas", "Iranian-backed militia Kataib Hezbollah": a role noun right before the name of a group
    // or organ describes it, and the named one is the actor, whoever backs it.
    const named = !role.title && nextAtom?.start === end ? pick(nextAtom, 'organization') ?? pick(nextAtom, 'institution') : undefined;
    if (named) {
      this.addOrgan(named, start, nextAtom!.end);
      return j + 1;
    }
    // A bare title refers back to the person last introduced with it ("the prime minister").
    if (!owner) {
      const known = this.memory.personWithTitle(role.name);
      if (known) {
        this.add({ code: known.code, name: known.name, country: known.country, role: known.role, kind: 'person' }, start, end);
        return j;
      }
    }
    // "Washington will press Beijing": a role word used as a verb is no actor.
    if (!owner && t[start].pos === 'VERB') return j;
    // "a two-day official visit", "official figures": singular "official" before a common noun is an adjective.
    if (!owner && end - start === 1 && t[start].norm === 'official' && t[end]?.pos === 'NOUN' && /^\p{Ll}/u.test(t[end].text) && nextAtom?.start !== end) return j;
    // "possible hostage-taking", "a prisoner-swap deal": a bare role glued by a hyphen to the noun of an act is no actor
    // (but "rebel-held areas" are the rebels').
    if (!owner && t[end]?.text === '-' && t[end].start === t[end - 1].end && t[end + 1] && t[end + 1].start === t[end].end
      && !HYPHEN_OWNED.test(t[end + 1].norm)) return j;
    // "in general", "brutal military conflicts": a bare role used as an adjective is no actor.
    // ("a new military offensive": the tagger may call the noun after it an adjective too).
    if (!owner && t[end - 1].pos === 'ADJ' && ((start > 0 && t[start - 1].pos === 'ADP') || t[end]?.pos === 'NOUN' || t[end]?.pos === 'ADJ')) return j;
    // "MANILA, March 20 - Communist rebels killed 18 soldiers": bare roles of a datelined wire
    // story belong to the dateline's country, and those of a story about one country to it.
    const dateline = this.memory.homeCountry;
    const stated = owner;
    // "its forces" belong to whoever "its" stands for; the event coder resolves that.
    const possessed = start > 0 && POSSESSIVE_PRONOUNS.has(t[start - 1].norm);
    // "the militants" after "Islamic State": a definite armed role stands for the group of no country named just before.
    const stateless = !owner && start > 0 && t[start - 1].norm === 'the' && NONSTATE_ARMED_ROLES.has(role.code) ? this.recentActor([role.code, STATELESS_GROUPS], start) : null;
    if (stateless && !stateless.country) {
      this.addRecalled(stateless, start, end);
      return j;
    }
    // "the insurgents" after "the Taliban": a definite bare role refers back to the last actor named with that role.
    // The same noun wins over another of its role: "the regime" is the government last called a regime, not the last one named.
    // A pejorative noun only ever refers back to an actor so called: "the regime" in a story that named Trump and no regime is no one.
    const earlier = !owner && start > 0 && t[start - 1].norm === 'the'
      ? this.memory.countryByNoun.get(role.name) ?? (SAME_NOUN_ONLY.has(role.name) ? undefined : this.memory.countryByRole.get(role.code)) : undefined;
    if (earlier) owner = { code: earlier, country: earlier };
    const opposed = !owner && OPPONENT_ROLES.has(role.code) ? this.opposedCountry(start) : null;
    if (opposed) owner = { code: opposed, country: opposed };
    const loyal = !owner && ARMED_ROLES.has(role.code) ? this.loyalCountry(end) : null;
    if (loyal) owner = { code: loyal, country: loyal };
    // "PARIS - Chad's embassy said government troops had annihilated a Libyan column": forces the role
    // phrase itself calls the government's belong to the government last named in the article, before
    // the dateline's country.
    const governing = !owner && !possessed && role.code !== GOVERNMENT && this.governmentModifier(start, end) ? this.memory.countryByRole.get(GOVERNMENT) : undefined;
    if (governing) owner = { code: governing, country: governing };
    // "Iran-backed militias" are no Iranian rebels: the backer's country is no guess for the backed.
    const backer = !owner && start >= 3 && t[start - 1].norm !== LED && AGENT_PARTICIPLES.has(t[start - 1].norm) && isGluedHyphen(t, start - 2)
      ? this.actors.find((a) => a.endToken === start - 2)?.country : undefined;
    owner ??= dateline && dateline !== backer && role.code !== '~' && !possessed ? { code: dateline, country: dateline } : null;
    if (owner || role.code !== '~') {
      const mention = this.add(this.roleMention(role, owner), start, end);
      // A country taken from earlier sentences or the dateline, not from this phrase, is only a guess.
      if (owner && !stated) this.guessed.add(mention);
    }
    return j;
  }

  /**
   * The country of the leader, capital or seat of government named in "anti-X" right before a role word
   * ("anti-Assad rebels", "anti-Kremlin protesters"): those who oppose a government are of its country.
   * Not a state or people ("anti-American protesters" in Pakistan are no Americans).
   */
  private opposedCountry(start: number): string | null {
    const t = this.tokens;
    // The tokenizer keeps "anti-Assad" as one word; "anti - Assad" split in three is read the same.
    const prev = t[start - 1]?.text ?? '';
    const joined = prev.toLowerCase().startsWith(`${ANTI}-`) ? prev.slice(ANTI.length + 1) : null;
    const split = start >= 3 && t[start - 3].norm === ANTI && isGluedHyphen(t, start - 2) ? prev : null;
    const word = joined ?? split;
    if (!word) return null;
    const person = this.knownPerson(word) ?? this.leaderByName(word);
    if (person?.country) return person.country;
    // The joined word's second half, read as a word of its own.
    const words = split ? t : [{ ...t[start - 1], text: word, norm: word.toLowerCase(), lemma: word.toLowerCase() }];
    const at = split ? start - 1 : 0;
    const seat = this.dict.trie.longestAt(words, at, at + 1)?.values.find((v) => v.type === 'capital' || v.type === 'institution');
    if (!seat) return null;
    const country = seat.code.slice(0, 3);
    return this.dict.countryNames.has(country) ? country : null;
  }

  /**
   * The country of the state, capital or leader named in "loyal to …" right after an armed role ("troops loyal
   * to President Gbagbo" → Côte d'Ivoire's), found in the first words after "to".
   */
  private loyalCountry(end: number): string | null {
    const t = this.tokens;
    if (t[end]?.norm !== 'loyal' || t[end + 1]?.norm !== 'to') return null;
    for (let i = end + 2; i < Math.min(t.length, end + 2 + MAX_LOYAL_WORDS); i++) {
      const found = this.dict.trie.longestAt(t, i)?.values.find((v) => v.type === 'country' || v.type === 'demonym' || v.type === 'capital');
      if (found) return found.code.slice(0, 3);
      if (isCapitalisedWord(t[i])) {
        const person = this.knownPerson(t[i].text) ?? this.leaderByName(t[i].text);
        if (person?.country) return person.country;
      }
      if (t[i].pos === 'VERB' || t[i].norm === ',') break;
    }
    return null;
  }

  /** Whether a word of the role phrase [start, end) before its head is itself the role "government". */
  private governmentModifier(start: number, end: number): boolean {
    for (let i = start; i < end - 1; i++) {
      const m = this.dict.trie.longestAt(this.tokens, i, end - 1);
      if (m?.values.some((v) => v.type === 'role' && v.code === GOVERNMENT)) return true;
    }
    return false;
  }

  /**
   * "PRESIDENT MEETING", "SUMMIT TODAY": in all-capital wire text every word after a title looks like a
   * name, so an unknown name made only of common English words is none; the title stands alone.
   */
  private commonWordsInCapitals(atom: Atom): boolean {
    if (atom.kind !== 'name') return false;
    const words = this.tokens.slice(atom.start, atom.end).filter((w) => /\p{L}/u.test(w.text));
    return words.length > 0 && words.every((w) => !/\p{Ll}/u.test(w.text) && commonWord(w.norm.toLowerCase()));
  }

  /**
   * "Defence Secretary Tom King has promised": a capitalised role word right after a name with no
   * name after it is the person's surname, not a second actor ("Saudi Arabia's King Salman" keeps its king).
   */
  private roleAsSurname(next: Atom | undefined, name: Atom): boolean {
    const t = this.tokens;
    if (next?.kind !== 'entry' || next.start !== name.end || next.end !== next.start + 1 || name.kind !== 'name') return false;
    if (!next.entries.every((e) => e.type === 'role') || !isCapitalisedWord(t[next.start])) return false;
    const after = t[next.end];
    return !after || !/^\p{Lu}/u.test(after.text);
  }

  /** A named person introduced with a title, e.g. "Secretary of State Antony Blinken". */
  private titledPerson(role: Entry<'role'>, owner: Owner | null, nameAtom: Atom, from: number, to: number): ActorMention {
    const entry = pick(nameAtom, 'person');
    const name = this.text(nameAtom.start, nameAtom.end);
    // "OTTAWA, March 23 - Prime Minister Brian Mulroney": a national title with no country is the dateline's,
    // or that of the country the story is about.
    const dateline = this.memory.homeCountry;
    const stated = owner;
    const remembered = entry ? undefined : this.knownPerson(name);
    // "President Bush" in a story dated outside both Bushes' terms: a surname whose every
    // dictionary bearer served one country names that country, before the story's own country does.
    const former = entry || remembered || owner ? undefined : this.leaderByName(this.text(nameAtom.end - 1, nameAtom.end));
    if (former?.country) owner = { code: former.country, country: former.country };
    owner ??= dateline && role.code !== '~' ? { code: dateline, country: dateline } : null;
    let known: KnownPerson = entry ? this.personFromEntry(entry) : remembered ?? {
      name, code: this.roleCode(owner, role), country: owner?.country ?? null, role: role.name,
    };
    // The text's own title wins over a dictionary period that does not cover the date
    // ("Russian President Boris Yeltsin" in a story the dictionary dates outside his term);
    // a dateline's country does not override a person the dictionary knows ("MOSCOW - President Reagan").
    // Nor does it give a dictionary person out of office on the date its country: "WASHINGTON -
    // … against Gen. Qassem Soleimani" after his death is still Iran's general.
    const override = remembered || entry ? stated : owner;
    if ((!entry || known.role === null) && override) known = { ...known, code: this.roleCode(override, role), country: override.country };
    // The title in the text names the office: his own country's ("President Laurent Gbagbo" on a date the dictionary puts outside his term).
    else if (entry && known.role === null && known.country) known = { ...known, code: this.roleCode({ code: known.country, country: known.country }, role) };
    known = { ...known, role: known.role ?? role.name };
    this.rememberPerson({ ...known, title: role.name });
    return this.add({ code: known.code, name: known.name, country: known.country, role: known.role, kind: 'person' }, from, to);
  }

  private roleMention(role: Entry<'role'>, owner: Owner | null): Omit<ActorMention, 'start' | 'end' | 'text' | 'sentence' | 'firstToken' | 'endToken'> {
    const code = this.roleCode(owner, role);
    const kind: ActorKind = code.endsWith('GOV') ? 'government' : 'agent';
    const name = owner?.country ? `${this.dict.countryNames.get(owner.country) ?? owner.country} ${role.name}` : role.name;
    return { code, name, country: owner?.country ?? null, role: role.name, kind };
  }

  /**
   * "the group", "the militants": the latest actor named in this sentence before, or in the few sentences before it,
   * whose code has one of `codes` as its country part (IMG) or role part (REB); none when there is no such actor.
   */
  private addLast(codes: readonly string[], a: number, b: number): void {
    const found = this.recentActor(codes, a);
    if (found) this.addRecalled(found, a, b);
  }

  /** Tokens [a, b) as a mention of an actor named before. */
  private addRecalled(found: RecentActor, a: number, b: number): void {
    this.add({ code: found.code, name: found.name, country: found.country, role: found.role, kind: found.kind }, a, b);
  }

  /** The latest actor before token `a` of this sentence, or of the few sentences before, with one of `codes` as its country or role part. */
  private recentActor(codes: readonly string[], a: number): RecentActor | null {
    const fits = (code: string) => codes.includes(code.slice(0, 3)) || codes.includes(code.slice(3, 6));
    const here = [...this.actors].reverse().find((m) => m.endToken <= a && fits(m.code));
    return here ?? [...this.memory.recent].reverse().find((m) => m.sentence < this.sentence && this.sentence - m.sentence <= REFERENCE_SENTENCES && fits(m.code)) ?? null;
  }

  /** "both countries": the last pair of countries named together, as two grouped mentions. */
  private addPair(role: Entry<'role'> | null, a: number, b: number): void {
    const pair = this.memory.lastPair;
    if (!pair) return;
    const first = this.actors.length;
    for (const c of pair) {
      const m = role ? this.roleMention(role, { code: c, country: c }) : { code: c, name: this.dict.countryNames.get(c) ?? c, country: c, role: null, kind: 'state' as const };
      this.add(m, a, b).group = first;
    }
  }

  /** Links mentions joined only by "and" or commas, and remembers the last pair of countries. */
  private groupCoordinated(): void {
    const t = this.tokens;
    /** How mention i is joined to mention i − 1: by "and"/"or", by commas only, or not at all. */
    const joins = this.actors.map((cur, i): 'and' | 'comma' | null => {
      const prev = this.actors[i - 1];
      if (!prev || cur.firstToken <= prev.endToken - 1) return null;
      // "EU countries, China and Russia": the members' noun after a group's name belongs to it.
      const between = t.slice(prev.endToken + (MEMBER_NOUNS.has(t[prev.endToken]?.norm) ? 1 : 0), cur.firstToken);
      // "Armenia and the Azerbaijani side" is joined; "told the Arab League the US plan …" is not.
      // "a U.S. soldier and a Romanian soldier", "… and at least 10 civilians": so is a list of indefinite or counted ones.
      const filler = (x: Token) => ARTICLES.has(x.norm) || QUANTIFIERS.has(x.norm) || x.pos === 'NUM';
      if (!between.some((x) => COORDINATORS.has(x.norm)) || !between.every((x) => COORDINATORS.has(x.norm) || filler(x))) return null;
      return between.some((x) => x.norm !== ',' && !filler(x)) ? 'and' : 'comma';
    });
    // A comma joins a list only when the list goes on to an "and" ("Iran, Iraq and Syria"), not
    // after one ("between protesters and police, President Yanukovych fired …").
    const listGoesOn = (i: number): boolean => {
      let k = i + 1;
      while (joins[k] === 'comma') k++;
      return joins[k] === 'and';
    };
    for (let i = 1; i < this.actors.length; i++) {
      const prev = this.actors[i - 1];
      const cur = this.actors[i];
      if (cur.group !== undefined && cur.group === prev.group) continue;
      const how = joins[i];
      if (!how || (how === 'comma' && !listGoesOn(i))) continue;
      const group = prev.group ?? i - 1;
      prev.group = group;
      cur.group = group;
    }
    const groups = new Map<number, ActorMention[]>();
    this.actors.forEach((m) => m.group !== undefined && groups.set(m.group, [...(groups.get(m.group) ?? []), m]));
    for (const members of groups.values()) {
      const countries = [...new Set(members.map((m) => m.country).filter((c): c is string => !!c))];
      if (countries.length >= 2) this.memory.lastPair = [countries[countries.length - 2], countries[countries.length - 1]];
      // "the Taliban and the government", "police and protesters", "Kuwait's Crown Prince and Prime
      // Minister Sheikh Saad": local sides named together share a country (not so "Syrian troops
      // and rebels", nor "Iran and rebels").
      // A guessed country gives way too: "both the Taliban and the government" after a paragraph on Washington is AFGGOV.
      const stated = [...new Set(members.filter((m) => !this.guessed.has(m)).map((m) => m.country).filter((c): c is string => !!c))];
      const shared = countries.length === 1 ? countries : stated.length === 1 && members.some((m) => this.guessed.has(m)) ? stated : [];
      if (shared.length === 1 && !members.some((m) => m.kind === 'state' || m.code.endsWith('MIL'))) {
        for (const m of members) {
          if (!m.code.startsWith('---') && !(this.guessed.has(m) && m.country !== shared[0])) continue;
          const i = this.actors.indexOf(m);
          this.actors[i] = changedMention(m, { code: shared[0] + m.code.slice(3), country: shared[0] });
          this.rememberRole(this.actors[i]);
        }
      }
    }
  }
}
