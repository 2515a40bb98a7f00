import type { ActorMention } from '../core/document.js';

/** A person met earlier in the article, remembered for surname and title coreference. */
export interface KnownPerson {
  name: string;
  code: string;
  country: string | null;
  role: string | null;
  /** Canonical title the person may be referred back by ("prime minister"). */
  title?: string | null;
}

/** How many of the latest actor mentions the memory keeps for references back ("the group"). */
const RECENT_ACTORS = 64;

/** An actor named earlier, as a definite description ("the group") may refer back to it. */
export type RecentActor = Pick<ActorMention, 'code' | 'name' | 'country' | 'role' | 'kind' | 'sentence'>;

/** What the recognizer remembers while it reads one article, sentence by sentence. */
export class ArticleMemory {
  private bySurname = new Map<string, KnownPerson>();
  /** Everyone introduced with each title (lower case), in reading order. */
  private byTitle = new Map<string, KnownPerson[]>();
  /** The last two countries named together ("Armenia and Azerbaijan"), for "both countries". */
  lastPair: [string, string] | null = null;
  /** The country of the wire dateline ("OTTAWA, March 23 -") when the story is about it: its titled people and bare agents are from there. */
  datelineCountry: string | null = null;
  /** How often the article names each country; a dateline counts only when its country is named most. */
  countryMentions = new Map<string, number>();
  /** The country of the latest actor named with each role code ("Taliban" → REB: AFG), for "the insurgents" later on. */
  countryByRole = new Map<string, string>();
  /** The country of the latest actor named with each role noun ("Syrian regime" → regime: SYR), which "the regime" refers back to first. */
  countryByNoun = new Map<string, string>();
  /** The country the story is about when one clearly dominates its country names; bare agents with no dateline are from there. */
  mainCountry: string | null = null;
  /** The actors named so far that a later "the group" may stand for, latest last (a few sentences' worth). */
  readonly recent: RecentActor[] = [];
  /** When each person was last named, by name (a running count of person mentions). */
  private personSeen = new Map<string, number>();
  private personCount = 0;

  /** The dateline's country, else the story's main country: where an unowned agent ("police", "protesters") most likely belongs. */
  get homeCountry(): string | null {
    return this.datelineCountry ?? this.mainCountry;
  }

  /** Remembers an actor mention for later references ("the group"), keeping only the latest few. */
  rememberRecent(m: RecentActor): void {
    if (m.kind === 'person') this.personSeen.set(m.name, ++this.personCount);
    this.recent.push({ code: m.code, name: m.name, country: m.country, role: m.role, kind: m.kind, sentence: m.sentence });
    if (this.recent.length > RECENT_ACTORS) this.recent.shift();
  }

  /** Remembers a person by full name, surname and title. */
  rememberPerson(p: KnownPerson): void {
    const parts = p.name.split(/\s+/);
    this.bySurname.set(p.name.toLowerCase(), p);
    this.bySurname.set(parts[parts.length - 1].toLowerCase(), p);
    // "Suleiman Majed al-Shaheen" is "Shaheen" later on.
    const article = /^(?:al|el|ad|as|ash|an|ar|at|az)-(\p{Lu}.+)$/u.exec(parts[parts.length - 1]);
    if (article) this.bySurname.set(article[1].toLowerCase(), p);
    // "Le Drian", "von der Leyen": the surname with its particle.
    const particle = parts.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
    if (particle > 0) this.bySurname.set(parts.slice(particle).join(' ').toLowerCase(), p);
    const title = p.title ?? p.role;
    if (title) this.byTitle.set(title.toLowerCase(), [...(this.byTitle.get(title.toLowerCase()) ?? []), p]);
  }

  /** Remembers a person under one more lone key: the family name of "Kim Jong Un" is "Kim", its first word. */
  rememberKey(key: string, p: KnownPerson): void {
    this.bySurname.set(key.toLowerCase(), p);
  }

  /** The person an earlier full mention introduced under this name or surname. */
  person(name: string): KnownPerson | undefined {
    return this.bySurname.get(name.toLowerCase());
  }

  /**
   * The person a bare title ("the president") names: the latest one introduced with it from the country the
   * story is about; else the one named last, by any of his names. "limit the president's power" in a
   * story about Ukraine is Yanukovych, though Putin and the European Commission's president were introduced
   * since; "resisted the president's call" after "President Obama and Russian President Vladimir Putin … Mr.
   * Obama held talks" is Obama.
   */
  personWithTitle(title: string): KnownPerson | undefined {
    const holders = this.byTitle.get(title.toLowerCase()) ?? [];
    const home = this.homeCountry;
    const atHome = [...holders].reverse().find((p) => home !== null && p.country === home);
    if (atHome) return atHome;
    const seen = (p: KnownPerson) => this.personSeen.get(p.name) ?? 0;
    return holders.reduce<KnownPerson | undefined>((best, p) => (!best || seen(p) >= seen(best) ? p : best), undefined);
  }
}
