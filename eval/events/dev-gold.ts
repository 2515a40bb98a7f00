/** Reads eval/events/dev-gold.jsonl, forgiving a file still being written: bad lines and events are reported and skipped. */
import { existsSync, readFileSync } from 'node:fs';
import { impliedHostings, type GoldEvent, type GoldEvents } from '../gold-events.js';

/** One annotated sentence: its exact text in the article and the events it states (none: precision only). */
export interface DevSentence {
  text: string;
  events: GoldEvents;
  note?: string;
}

/** One annotated article of politics.jsonl, referred to by id and 1-based line. */
export interface DevArticle {
  id: string;
  line: number;
  published?: string;
  sentences: DevSentence[];
}

/** The articles read, and one message per line, sentence or event that was skipped. */
export interface DevGold {
  articles: DevArticle[];
  problems: string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

function goldEvent(x: unknown): GoldEvent | null {
  if (!isObject(x) || typeof x.source !== 'string' || typeof x.target !== 'string' || typeof x.code !== 'string') return null;
  return x as unknown as GoldEvent;
}

function goldEvents(x: unknown, where: string, problems: string[]): GoldEvents {
  const list = (k: 'required' | 'optional'): GoldEvent[] => {
    const raw = isObject(x) && Array.isArray(x[k]) ? (x[k] as unknown[]) : [];
    return raw.flatMap((e, i) => {
      const g = goldEvent(e);
      if (!g) problems.push(`${where} ${k}[${i}]: expected {source, target, code} strings`);
      return g ? [g] : [];
    });
  };
  const required = list('required');
  const optional = list('optional');
  return { required, optional: [...optional, ...impliedHostings(required, optional)] };
}

/**
 * Parses the dev gold text; an article without an id and line, or a line that is not JSON (a half-written
 * last line), is skipped with a message.
 * @example parseDevGold('{"id":"a","line":201,"sentences":[]}\n').articles.length // 1
 */
export function parseDevGold(text: string, file = 'dev-gold.jsonl'): DevGold {
  const articles: DevArticle[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    if (!raw.trim()) return;
    let rec: unknown;
    try { rec = JSON.parse(raw); } catch { problems.push(`${where}: not valid JSON, skipped`); return; }
    if (!isObject(rec) || typeof rec.id !== 'string' || typeof rec.line !== 'number' || !Array.isArray(rec.sentences)) {
      problems.push(`${where}: expected {id, line, sentences: [...]}, skipped`);
      return;
    }
    const sentences = (rec.sentences as unknown[]).flatMap((s, j): DevSentence[] => {
      if (!isObject(s) || typeof s.text !== 'string' || !s.text) { problems.push(`${where} sentences[${j}]: no text, skipped`); return []; }
      return [{ text: s.text, events: goldEvents(s.events, `${where} sentences[${j}]`, problems), note: typeof s.note === 'string' ? s.note : undefined }];
    });
    articles.push({ id: rec.id, line: rec.line, published: typeof rec.published === 'string' ? rec.published : undefined, sentences });
  });
  return { articles, problems };
}

/** Reads the dev gold file, or null when it does not exist (yet). */
export function readDevGold(path: string): DevGold | null {
  return existsSync(path) ? parseDevGold(readFileSync(path, 'utf8'), path.split('/').pop()) : null;
}
