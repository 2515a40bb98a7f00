import type { ActorMention, PlaceMention } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import type { ActorDictionary } from '../dictionaries/actor-dictionary.js';
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
    sentences.forEach((s, index) => {
      const resolver = new SentenceResolver(tokens, index, dict, memory, doc.article!.published, doc.article!.text);
      resolver.resolve(atoms[index], s.firstToken);
      const offset = actors.length;
      // Group ids are indexes within the sentence; make them indexes into the article's list.
      for (const m of resolver.actors) actors.push(m.group === undefined ? m : { ...m, group: m.group + offset });
      places.push(...resolver.places);
    });
    return { actors, places };
  },
};
