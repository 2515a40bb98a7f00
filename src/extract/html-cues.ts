/** Loads the HTML cleanup cues of `data/furniture/html.tsv`: page furniture recognised by its markup. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { readTsv, type TsvRow } from '../dictionaries/tsv.js';

/** The columns of `data/furniture/html.tsv`, in order. */
export const HTML_CUE_COLUMNS = ['stage', 'match', 'value', 'note'] as const;

/** Path of the HTML cues file inside the data directory. */
export const HTML_CUES_FILE = join('furniture', 'html.tsv');

/**
 * When a cue applies: `page` removes matching elements from the page before Readability looks
 * for the article (unless an element holds most of the page's paragraph text); `content`
 * removes them from the article Readability found.
 */
export type HtmlCueStage = 'page' | 'content';
const STAGES: readonly HtmlCueStage[] = ['page', 'content'];

/**
 * How a cue matches: `selector` is a CSS selector; `token` is a regular expression tested,
 * case-insensitively and whole, against each class name and the id of every element, and
 * against each word of them (`related` matches `post-related_links` and `relatedLinks`).
 */
export type HtmlCueMatch = 'selector' | 'token';
const MATCHES: readonly HtmlCueMatch[] = ['selector', 'token'];

/** One HTML cue, compiled. */
export interface HtmlCue {
  stage: HtmlCueStage;
  match: HtmlCueMatch;
  /** The CSS selector, or the source of the token pattern. */
  value: string;
  /** The token pattern, anchored and case-insensitive (token cues only). */
  pattern: RegExp | null;
  /** `file:line` of the entry, for messages. */
  where: string;
  note: string;
}

/** The HTML cues, frozen, with the selectors and token patterns of each stage combined. */
export interface HtmlCues {
  cues: readonly HtmlCue[];
  /** All selector cues of a stage joined into one selector list (`''` when none). */
  selectors: Readonly<Record<HtmlCueStage, string>>;
  /** All token cues of a stage as one anchored pattern, or null when none. */
  tokens: Readonly<Record<HtmlCueStage, RegExp | null>>;
}

/** No HTML cues: extraction relies on Readability's own rules. */
export const NO_HTML_CUES: HtmlCues = Object.freeze({
  cues: Object.freeze([]),
  selectors: Object.freeze({ page: '', content: '' }),
  tokens: Object.freeze({ page: null, content: null }),
});

/**
 * Loads and validates `<dataDir>/furniture/html.tsv`; a data directory without the file has no
 * HTML cues. Every error names `file:line`.
 * @example loadHtmlCues('data').selectors.page // 'nav, aside, …'
 */
export function loadHtmlCues(dataDir: string): HtmlCues {
  const path = join(dataDir, HTML_CUES_FILE);
  if (!existsSync(path)) return NO_HTML_CUES;
  const cues = readTsv(path, HTML_CUE_COLUMNS).map((row) => compileCue(row, path));
  const selectorsOf = (stage: HtmlCueStage) => cues.filter((c) => c.stage === stage && c.match === 'selector').map((c) => c.value).join(', ');
  const tokensOf = (stage: HtmlCueStage) => {
    const sources = cues.filter((c) => c.stage === stage && c.match === 'token').map((c) => `(?:${c.value})`);
    return sources.length ? new RegExp(`^(?:${sources.join('|')})$`, 'i') : null;
  };
  return Object.freeze({
    cues: Object.freeze(cues),
    selectors: Object.freeze({ page: selectorsOf('page'), content: selectorsOf('content') }),
    tokens: Object.freeze({ page: tokensOf('page'), content: tokensOf('content') }),
  });
}

/** A selector is a list of simple CSS parts; commas would split one cue into several. */
const SELECTOR_SHAPE = /^[a-z0-9\s\-_.#*[\]="'~^$|:()>+]+$/i;

function compileCue({ line, fields }: TsvRow, file: string): HtmlCue {
  const where = `${file}:${line}`;
  const stage = fields.stage as HtmlCueStage;
  if (!STAGES.includes(stage)) throw new DyadError('E010', `unknown stage "${fields.stage}", expected one of: ${STAGES.join(', ')}`, where);
  const match = fields.match as HtmlCueMatch;
  if (!MATCHES.includes(match)) throw new DyadError('E010', `unknown match "${fields.match}", expected one of: ${MATCHES.join(', ')}`, where);
  if (fields.value.trim() === '') throw new DyadError('E010', `empty ${match}`, where);
  if (fields.note.trim() === '') throw new DyadError('E010', 'empty note, expected what the cue removes and an example', where);
  let pattern: RegExp | null = null;
  if (match === 'token') {
    try {
      pattern = new RegExp(`^(?:${fields.value})$`, 'i');
    } catch (err) {
      throw new DyadError('E010', `pattern does not compile (${(err as Error).message})`, where);
    }
  } else if (!SELECTOR_SHAPE.test(fields.value) || fields.value.includes(',')) {
    throw new DyadError('E010', `"${fields.value}" is not one simple CSS selector (no commas; letters, digits, . # [ ] = * : ( ) > + ~ only)`, where);
  }
  return Object.freeze({ stage, match, value: fields.value.trim(), pattern, where, note: fields.note });
}
