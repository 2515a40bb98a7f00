import type { ActorMention, DateMention, PlaceMention, Sentence } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import type { ActorDictionary } from '../dictionaries/actor-dictionary.js';
import { actorMention } from './actor-mention.js';
import { matchAtoms, type Atom } from './actor-matcher.js';
import { ArticleMemory } from './article-memory.js';
import { SentenceResolver } from './actor-resolver.js';

/** How often the article names each country (by name, demonym or capital), to tell its main country. */
function countCountries(atoms: Atom[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const atom of atoms.flat()) {
    if (atom.kind !== 'entry') continue;
    const e = atom.entries.find((x) => x.type === 'country' || x.type === 'demonym' || x.type === 'capital');
    if (e) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  }
  return counts;
}

/** A story is about one country when it names it at least this often… */
const MAIN_COUNTRY_MIN_MENTIONS = 3;
/** …and this share of all its country names. */
const MAIN_COUNTRY_MIN_SHARE = 0.6;

/** The country an article names most, when it dominates the others. */
function mainCountry(counts: Map<string, number>, sentences: number): string | null {
  let best: string | null = null, top = 0, total = 0;
  for (const [code, n] of counts) {
    total += n;
    if (n > top) [best, top] = [code, n];
  }
  // A one- or two-sentence text ("… in Haiti") cannot name its country three times.
  return top >= Math.min(MAIN_COUNTRY_MIN_MENTIONS, sentences) && top >= MAIN_COUNTRY_MIN_SHARE * total ? best : null;
}

/** How many characters may open a sentence before the date that sets its scene ("Back in 2005, …"). */
const SCENE_DATE_REACH = 8;
/** How much earlier than the article, in years, a sentence's opening date must be to set its own time. */
const SCENE_DATE_YEARS = 1;

/**
 * The date offices are looked up on in sentence `s`: the date that opens it ("In 2005, President George W. Bush and
 * British Prime Minister Tony Blair praised Qaddafi") when that lies a year or more before the article's, else the article's.
 */
function sceneDate(dates: readonly DateMention[], s: Sentence, index: number, published: string | null): string | null {
  if (!published) return published;
  const opening = dates.find((d) => d.sentence === index && d.start - s.start <= SCENE_DATE_REACH);
  if (!opening) return published;
  const day = opening.precision === 'year' ? `${opening.value}-07-01` : opening.precision === 'month' ? `${opening.value}-15` : opening.value;
  return Number(published.slice(0, 4)) - Number(day.slice(0, 4)) >= SCENE_DATE_YEARS && day < published ? day : published;
}

/**
 * Actor and place recognition: dictionary phrases and name runs are matched per sentence,
 * then resolved in reading order so that surnames, titles and "both countries" can refer back.
 */
export const actorsStage: Stage<ActorDictionary> = {
  name: 'actors',
  requires: ['article', 'nlp'],
  assigns: ['actors', 'places'],
  create: (dict) => (doc) => {
    const { sentences, tokens } = doc.nlp!;
    const memory = new ArticleMemory();
    const actors: ActorMention[] = [];
    const places: PlaceMention[] = [];
    const atoms = sentences.map((s) => matchAtoms(tokens, s.firstToken, s.endToken, dict));
    memory.countryMentions = countCountries(atoms);
    memory.mainCountry = mainCountry(memory.countryMentions, sentences.length);
    sentences.forEach((s, index) => {
      const resolver = new SentenceResolver(tokens, index, dict, memory, sceneDate(doc.nlp!.dates, s, index, doc.article!.published), doc.article!.text);
      resolver.resolve(atoms[index], s.firstToken);
      const offset = actors.length;
      // Group ids are indexes within the sentence; make them indexes into the article's list.
      for (const m of resolver.actors) actors.push(m.group === undefined ? m : actorMention(m, m, m.group + offset));
      places.push(...resolver.places);
    });
    return { actors, places };
  },
};
