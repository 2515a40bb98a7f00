/** Topic cue words (data/topics/topics.tsv): which stories and sentences are not political. */
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { readTsv, splitList } from './tsv.js';

/** The cues of one topic, one- and multi-word, lower-case. */
export interface TopicCues {
  words: ReadonlySet<string>;
  phrases: readonly string[][];
}

/** Every topic's article and sentence cues; "political" has article cues only. */
export interface Topics {
  article: ReadonlyMap<string, TopicCues>;
  sentence: ReadonlyMap<string, TopicCues>;
}

export const POLITICAL = 'political';

/** Loads and validates data/topics/topics.tsv. */
export function loadTopics(dataDir: string): Topics {
  const path = join(dataDir, 'topics', 'topics.tsv');
  const scopes = { article: new Map<string, { words: Set<string>; phrases: string[][] }>(), sentence: new Map<string, { words: Set<string>; phrases: string[][] }>() };
  for (const row of readTsv(path, ['topic', 'scope', 'words'])) {
    const { topic, scope, words } = row.fields;
    if (scope !== 'article' && scope !== 'sentence') throw new DyadError('E010', `scope "${scope}" is unknown; expected article or sentence`, `${path}:${row.line}`);
    if (!/^[a-z]+$/.test(topic)) throw new DyadError('E010', `topic "${topic}" must be one lower-case word`, `${path}:${row.line}`);
    if (topic === POLITICAL && scope === 'sentence') throw new DyadError('E010', 'political cues count at article scope only', `${path}:${row.line}`);
    const cues = scopes[scope].get(topic) ?? { words: new Set<string>(), phrases: [] };
    for (const w of splitList(words)) {
      const parts = w.toLowerCase().split(/\s+/);
      if (parts.length === 1) cues.words.add(parts[0]);
      else cues.phrases.push(parts);
    }
    scopes[scope].set(topic, cues);
  }
  if (!scopes.article.has(POLITICAL)) throw new DyadError('E010', 'no political article cues; the topic test needs them', path);
  return scopes;
}
