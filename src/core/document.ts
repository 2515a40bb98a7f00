/** The typed document record that flows through the pipeline; every offset points into `text`. */

/** Raw input before extraction: bytes or text plus where it came from. */
export interface RawDoc {
  /** The input's own id (a JSON Lines `id`), if it has one. */
  id?: string;
  uri: string;
  /** Plain text or HTML, already decoded. */
  content: string;
  format: 'text' | 'html';
  title?: string;
  /** Publication date given with the input (YYYY-MM-DD). */
  date?: string;
  url?: string;
  /** When the page was fetched (ISO 8601): a URL's fetch time or a WARC record's WARC-Date. */
  fetched?: string;
}

export type FurnitureKind =
  | 'image' | 'caption' | 'credit' | 'tags' | 'copyright' | 'navigation' | 'updated' | 'byline' | 'dateline' | 'other';

/** A piece of page furniture set apart from the body. */
export interface Furniture {
  kind: FurnitureKind;
  text: string;
}

/** The article layer: what extraction found. */
export interface Article {
  title: string | null;
  published: string | null;
  /** Where the publication date came from. */
  publishedFrom: 'option' | 'input' | 'text' | null;
  publisher: string | null;
  language: 'en';
  text: string;
  furniture: Furniture[];
  /** Authors named by the page's metadata (HTML only). */
  authors?: string[];
  /** The page's canonical URL (`<link rel="canonical">`, og:url), absolute (HTML only). */
  canonicalUrl?: string;
}

/** A span of the article text. */
export interface Span {
  start: number;
  end: number;
}

/** One word with its annotations; lemma, head and relation are filled by the parser when present. */
export interface Token extends Span {
  text: string;
  /** Lower-cased normal form. */
  norm: string;
  lemma: string;
  /** Universal POS tag. */
  pos: string;
  /** Index of the head token within the sentence, -1 for the root or when unparsed. */
  head: number;
  /** Universal dependency relation, '' when unparsed. */
  rel: string;
}

export interface Sentence extends Span {
  /** Index of the first token of this sentence in `tokens`. */
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

/** A date expression found in the text, resolved against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: 'day' | 'month' | 'year';
  sentence: number;
}

export interface NlpLayer {
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
}

export type ActorKind = 'person' | 'state' | 'government' | 'igo' | 'ngo' | 'group' | 'agent';

/** A recognized actor mention. */
export interface ActorMention extends Span {
  text: string;
  /** CAMEO actor code, e.g. USAGOV, ARM, IGO, ---GOV. */
  code: string;
  name: string;
  country: string | null;
  role: string | null;
  kind: ActorKind;
  sentence: number;
  /** Token range [firstToken, endToken) of the mention. */
  firstToken: number;
  endToken: number;
  /** Other actors coordinated with this one ("Armenia and Azerbaijan"); indexes into `actors`. */
  group?: number;
}

/** A place mention (country, capital, city) used as a location rather than an actor. */
export interface PlaceMention extends Span {
  text: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  precision: 'country' | 'region' | 'city';
  sentence: number;
  firstToken: number;
  endToken: number;
}

export interface EventActor {
  code: string;
  text: string;
  start: number;
  end: number;
}

export interface EventLocation {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  precision: 'country' | 'region' | 'city';
}

/** A coded CAMEO event with its evidence. */
export interface CodedEvent {
  source: EventActor;
  target: EventActor | null;
  code: string;
  baseCode: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  plover: { type: string; mode: string | null; context: string | null } | null;
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | 'published' | null;
  location: EventLocation | null;
  negated: boolean;
  modality: 'asserted' | 'intended' | 'hypothetical' | 'reported';
  symmetric: boolean;
  sentence: number;
  /** The words that triggered the event. */
  trigger: { start: number; end: number; text: string; pattern: string };
  evidence: { start: number; end: number; text: string };
  confidence: number;
  /**
   * Later sentences of the same article that tell this event again (same source, target, CAMEO
   * root, date, negation and modality), each with its own words and code; absent when none do.
   * The event is its first telling, so one real event is one entry, as in GDELT's events table.
   */
  retellings?: EventTelling[];
}

/** One sentence's telling of an event: a coded event without retellings of its own. */
export type EventTelling = Omit<CodedEvent, 'retellings'>;

/** Who a claim or quote is attributed to. */
export interface Attribution {
  text: string;
  /** CAMEO actor code when the speaker is a recognized actor, else null. */
  code: string | null;
  start: number;
  end: number;
}

/** A number reported about people affected (killed, detained, displaced…), kept with its source. */
export interface Claim {
  kind: string;
  /** The figure as a number; for a range, its low end; null when only a vague count ("dozens"). */
  value: number | null;
  low: number | null;
  high: number | null;
  /** "at least", "around", "up to", "more than", "an estimated"… or null. */
  qualifier: string | null;
  /** A hedge on the figure ("it is unclear how many"), or null. */
  hedge: string | null;
  /** What the figure is about, as the text says it ("people", "Armenians detained in Azerbaijan"). */
  subject: string | null;
  attributedTo: Attribution | null;
  sentence: number;
  /** Index into `events` of an event in the same sentence the figure belongs to, or null. */
  event: number | null;
  /** The number words themselves. */
  figure: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
}

/** A direct quotation with its speaker. */
export interface Quote {
  text: string;
  start: number;
  end: number;
  speaker: Attribution | null;
  /** A spokesperson or statement the words came through ("State Department spokesman Ned Price"), or null. */
  via: Attribution | null;
  sentence: number;
}

/** One side of a standing relation: an actor as the text names it, with its code. */
export interface RelationParty {
  /** CAMEO actor code, e.g. RUS, ARMGOV, IGOWSTNAT. */
  code: string;
  /** The actor's canonical name ("Russia", "Nikol Pashinyan"); a capital or government standing for its state is named by the state ("Yerevan" → "Armenia"). */
  name: string;
  kind: ActorKind;
  text: string;
  start: number;
  end: number;
}

/** When a relation holds: as of the article's date, a period the text states, or no longer ("former president"). */
export interface RelationTime {
  /** `published`: true as of the article's date; `stated`: the text gives its time ("since 2014"); `past`: it has ended; `future`: it is to come ("president-elect"). */
  basis: 'published' | 'stated' | 'past' | 'future';
  /** YYYY-MM-DD, YYYY-MM or YYYY: the article's date, or the date the text states; null when unknown. */
  date: string | null;
  /** The words that give the time ("since 2014", "former"), or null. */
  text: string | null;
}

/**
 * A standing relation between actors that the article states (an alliance, backing, membership,
 * diplomatic ties, rivalry, a dispute, sovereignty or control of a place, an office): structure,
 * not an event. Kinds and their cues are data (data/relations/).
 */
export interface Relation {
  /** A kind of data/relations/kinds.tsv: allied, backs, member, ties, rivals, dispute, sovereign, controls, office. */
  kind: string;
  /** The finer label of the cue ("defense pact", "strategic ties", "co-chair", "mistrust", "normalising"). */
  label: string;
  a: RelationParty;
  /** The other side; null when the relation is to an object only ("Azerbaijan is sovereign over Nagorno-Karabakh"). */
  b: RelationParty | null;
  /** `directed`: a → b (a backs b, a is a member of b, a holds an office of b); `mutual`: between a and b. */
  direction: 'directed' | 'mutual';
  /** Friendly, hostile or neither ("severed ties" is negative). */
  polarity: 'positive' | 'negative' | 'neutral';
  /** The text says the relation does not hold ("is not a member of NATO"). */
  negated: boolean;
  /** What the relation is over or about: a place, an office title ("Prime Minister"); null when none. */
  object: { text: string; start: number; end: number } | null;
  time: RelationTime;
  /** True when the article states it in its own voice; false when it reports someone's claim. */
  asserted: boolean;
  /** Whose claim a reported relation is, when the text names them. */
  attributedTo: Attribution | null;
  sentence: number;
  /** The words that state the relation, and the cue pattern they matched. */
  cue: { start: number; end: number; text: string; pattern: string };
  evidence: { start: number; end: number; text: string };
  confidence: number;
}

export interface Versions {
  dyad: string;
  dictionaries: string;
}

/** The full record printed by `dyad code --json`. */
export interface DyadDocument {
  id: string;
  hash: string;
  uri: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  language: 'en';
  text: string;
  furniture: Furniture[];
  actors: ActorMention[];
  places: PlaceMention[];
  events: CodedEvent[];
  claims: Claim[];
  quotes: Quote[];
  /** Standing relations between actors (see Relation). */
  relations: Relation[];
  versions: Versions;
  /** Authors named by the page's metadata, when it names any. */
  authors?: string[];
  /** The page's canonical URL, when it gives one. */
  canonicalUrl?: string;
  /** When the page was fetched (ISO 8601), for URLs, feeds and WARC records. */
  fetched?: string;
  /**
   * The `id` of an earlier document of the same run that this one nearly duplicates (a syndicated
   * copy): such a document is linked, not coded again, so its actors, events and other layers are empty.
   */
  duplicateOf?: string;
}
