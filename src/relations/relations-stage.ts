import { Salience } from '../claims/attribution.js';
import { speakerContext } from '../claims/speaker-phrase.js';
import type { Relation } from '../core/document.js';
import type { Stage, WorkingDoc } from '../core/stage.js';
import { matchCues } from './cue-matcher.js';
import { OfficeFinder } from './office-finder.js';
import { buildRelations, trimmedSpan, type BuildContext } from './relation-builder.js';
import { statementKey } from './relation-key.js';
import type { RelationResources } from './relation-resources.js';
import { relationTime, type VoiceContext } from './relation-status.js';

export { loadRelationResources, type RelationResources } from './relation-resources.js';

/** Confidence of an office read from a title and a name in one mention ("Prime Minister Nikol Pashinyan"). */
export const OFFICE_CONFIDENCE = 0.9;
/** How many words before a title may say the office ended or is to come ("former Israeli ambassador"). */
const TITLE_TIME_WINDOW = 2;

/** Office relations of the sentence's mentions that name a title of offices.tsv with a person. */
function offices(res: RelationResources, doc: WorkingDoc, c: BuildContext): Relation[] {
  const { tokens, from, to, actors } = c.view;
  const finder = new OfficeFinder(res, tokens, c.text, actors, from, to);
  const out: Relation[] = [];
  for (const m of actors) {
    const o = finder.officeOf(m);
    if (!o || o.person.code.startsWith('---')) continue;
    const title = { start: tokens[o.title[0]].start, end: tokens[o.title[1] - 1].end, text: c.text.slice(tokens[o.title[0]].start, tokens[o.title[1] - 1].end) };
    let time = relationTime(res, tokens, c.dates, c.text, o.span[0], o.span[1] - 1, from, doc.article!.published, null);
    // "President-elect Joe Biden", "former President": a word in the title says the office is to come or has ended.
    const inTitle = tokens.slice(Math.max(from, Math.min(o.title[0], o.titleStart) - TITLE_TIME_WINDOW), o.title[1]);
    if (inTitle.some((t) => res.modifiers.future.has(t.norm))) time = { basis: 'future', date: null, text: title.text };
    else if (inTitle.some((t) => res.modifiers.past.has(t.norm))) time = { basis: 'past', date: null, text: title.text };
    const cue = { start: tokens[o.span[0]].start, end: tokens[o.span[1] - 1].end };
    out.push({
      kind: 'office', label: title.text.toLowerCase().replace(/\s+/g, ' '), a: o.person, b: o.body, direction: 'directed', polarity: 'neutral',
      negated: false, object: title, time, asserted: true, attributedTo: null, sentence: c.sentence,
      cue: { ...cue, text: c.text.slice(cue.start, cue.end), pattern: 'title and name' },
      evidence: trimmedSpan(c.text, c.sentenceSpan.start, c.sentenceSpan.end), confidence: OFFICE_CONFIDENCE,
    });
  }
  return out;
}

/**
 * Finds the relations of one document: per sentence, match() proposes cues (most specific first),
 * resolve() turns each into relations unless its words are taken by a more specific cue that
 * stated something; offices come from person mentions. A relation stated twice in the article
 * is kept once, at its first statement.
 */
function findRelations(res: RelationResources, doc: WorkingDoc): Relation[] {
  const text = doc.article!.text;
  const nlp = doc.nlp!;
  const actors = doc.actors!;
  let voice: VoiceContext | null = null;
  const voiceContext = () => {
    if (!voice) {
      const ctx = speakerContext(text, nlp, actors, res.claims);
      voice = { ctx, salience: new Salience(ctx), quotes: doc.quotes ?? [], actors };
    }
    return voice;
  };
  const found: Relation[] = [];
  nlp.sentences.forEach((s, index) => {
    const view = {
      tokens: nlp.tokens, from: s.firstToken, to: s.endToken, res,
      actors: actors.filter((a) => a.sentence === index), places: doc.places!.filter((p) => p.sentence === index),
      previous: actors.filter((a) => a.sentence === index - 1),
    };
    const c: BuildContext = {
      view, text, sentence: index, sentenceSpan: s, dates: nlp.dates.filter((d) => d.sentence === index),
      published: doc.article!.published, voice: voiceContext,
    };
    const used = new Set<number>();
    for (const m of matchCues(view)) {
      if (m.wordTokens.some((t) => used.has(t))) continue;
      const made = buildRelations(m, c);
      if (!made.length) continue;
      m.wordTokens.forEach((t) => used.add(t));
      found.push(...made);
    }
    found.push(...offices(res, doc, c));
  });
  const seen = new Set<string>();
  return found
    .sort((x, y) => x.cue.start - y.cue.start || x.kind.localeCompare(y.kind))
    .filter((r) => {
      const key = `${statementKey(r)}|${r.asserted ? 1 : 0}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Standing relations: alliances, backing, membership, diplomatic ties, rivalry, disputes,
 * sovereignty and control of places, and offices, each with its parties, object, time, voice and
 * evidence sentence. Relations are kept apart from events: "The U.S. has strategic ties with both
 * Armenia and Azerbaijan" is structure, not something that happened.
 */
export const relationsStage: Stage<RelationResources> = {
  name: 'relations',
  requires: ['article', 'nlp', 'actors', 'places', 'quotes'],
  assigns: ['relations'],
  create: (res) => (doc) => ({ relations: findRelations(res, doc) }),
};
