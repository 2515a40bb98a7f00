/** Classifies the units of a page; holds the structural rules that single-line cues cannot express. */
import type { FurnitureKind } from '../core/document.js';
import { matchCue, type FurnitureCue, type FurnitureRules } from './furniture-rules.js';

/** A headline has at most this many characters… */
export const TITLE_MAX_CHARS = 200;
/** …and at least this many words (so a breadcrumb such as "World" is not a headline). */
export const TITLE_MIN_WORDS = 2;
/** How many non-furniture units at the top of a page may be searched for the headline. */
export const TITLE_SEARCH_UNITS = 4;
/** An image's alt text is a short line without final punctuation, directly before a credit in the same block. */
export const ALT_MAX_CHARS = 160;
/** A photo caption next to a credit is at most this long. */
export const CAPTION_MAX_CHARS = 600;
/** An `end` cue ends the article only after this much body text (a "Topics" line in the header does not). */
export const END_MIN_BODY_CHARS = 200;
/** Items under a `list` cue ("Most Popular") are headlines: at most this long, without a final period. */
export const LIST_ITEM_MAX_CHARS = 160;
/** AP-style captions carry the photo's full date: "…Monday, July 11, 2022, in Tokyo." */
export const CAPTION_DATE = new RegExp(
  String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:` +
    String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}` +
    String.raw`|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\b`,
  'u',
);

/** A line ending like a sentence (a final period, with closing quotes or brackets after it). */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/u;
/** A line ending in a period: a list of headlines ends there (a headline may end in ? or !). */
const ENDS_STATEMENT = /[.…]["'”’)\]]*$/u;
/** A line ending in any punctuation that a headline or alt text would not end in. */
const ENDS_PUNCTUATED = /[.!?:;,…]["'”’)\]]*$/u;
/**
 * A headline may end in ? or ! or an ellipsis ("My memories of Marley...") or an initialism
 * ("…talks with the U.S."), but not in a period, colon, semicolon or comma.
 */
const ENDS_PERIOD = /(?<!\.|(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu})[.:;,]["'”’)\]]*$/u;

/** What a unit of the page is: the title, body text, or a kind of furniture. */
export type Role = 'title' | 'body' | FurnitureKind;

/** The page as classified: one role per unit and the title text, if any. */
export interface PageLayout {
  title: string | null;
  roles: Role[];
}

/** Options of {@link layoutPage}. */
export interface LayoutOptions {
  /** The title given with the input; the text's first line is taken as title only if it equals it. */
  title?: string;
  /** Roles already known from markup (HTML figure captions), by unit index. */
  known?: ReadonlyMap<number, Role>;
  /** The text block (paragraph between blank lines) of each unit; by default each unit is its own block. */
  blocks?: readonly number[];
}

/**
 * Classifies every unit of a page: single-line cues first, then the title, image blocks,
 * the end of the article and navigation lists.
 * @example layoutPage(['Headline here now', 'AP/Jane Roe', 'Body text.'], rules).roles // ['title', 'credit', 'body']
 */
export function layoutPage(units: readonly string[], rules: FurnitureRules, options: LayoutOptions = {}): PageLayout {
  const cues = units.map((u) => matchCue(rules, u));
  const roles: Role[] = cues.map((cue, i) => options.known?.get(i) ?? cue?.kind ?? 'body');
  const block = (i: number) => options.blocks?.[i] ?? i;
  const title = markTitle(units, roles, options.title, block);
  markImageBlocks(units, roles, block);
  markEnd(units, roles, cues);
  markLists(units, roles, cues);
  return { title, roles };
}

function normalize(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function looksLikeHeadline(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && wordCount(text) >= TITLE_MIN_WORDS && !ENDS_PERIOD.test(text);
}

/** Finds the headline near the top; non-furniture lines above it are page chrome (navigation). */
function markTitle(units: readonly string[], roles: Role[], given: string | undefined, block: (i: number) => number): string | null {
  let seen = 0;
  for (let i = 0; i < units.length && seen < TITLE_SEARCH_UNITS; i++) {
    if (roles[i] !== 'body') continue;
    seen++;
    const text = units[i];
    const isTitle = given !== undefined
      ? normalize(text) === normalize(given)
      // A short line right before a credit, in the same block, is an image's alt text:
      // "Secretary of State Antony Blinken\nAP/Eugene Hoshiko" (a BBC headline followed by a
      // blank line and "Image source, Getty Images" is still the headline).
      : looksLikeHeadline(text) && i + 1 < units.length && !(roles[i + 1] === 'credit' && block(i + 1) === block(i));
    if (isTitle) {
      roles[i] = 'title';
      for (let j = 0; j < i; j++) if (roles[j] === 'body') roles[j] = 'navigation';
      return given ?? text;
    }
    if (ENDS_SENTENCE.test(text) || text.length > TITLE_MAX_CHARS) break;
  }
  return given ?? null;
}

/**
 * Alt text before a credit, in the same block, is 'image' (across a blank line it is more often
 * a subheading); a dated photo description next to a credit is 'caption'.
 */
function markImageBlocks(units: readonly string[], roles: Role[], block: (i: number) => number): void {
  for (let i = 0; i < units.length; i++) {
    if (roles[i] !== 'credit') continue;
    const isCaption = (j: number) =>
      roles[j] === 'body' && units[j].length <= CAPTION_MAX_CHARS && CAPTION_DATE.test(units[j]);
    const isAlt = (j: number) =>
      roles[j] === 'body' && block(j) === block(i) && units[j].length <= ALT_MAX_CHARS && !ENDS_PUNCTUATED.test(units[j]);
    // AP order: alt, credit, caption ("…Monday, July 11, 2022, in Tokyo.").
    if (i + 1 < units.length && isCaption(i + 1)) roles[i + 1] = 'caption';
    // Caption-first order: caption, credit; the alt text may precede the caption.
    let before = i - 1;
    if (before >= 0 && isCaption(before)) roles[before--] = 'caption';
    if (before >= 0 && isAlt(before)) roles[before] = 'image';
  }
}

/** An `end` cue after enough body text: it and everything after it are furniture. */
function markEnd(units: readonly string[], roles: Role[], cues: ReadonlyArray<FurnitureCue | null>): void {
  let bodyChars = 0;
  for (let i = 0; i < units.length; i++) {
    if (cues[i]?.scope === 'end' && bodyChars >= END_MIN_BODY_CHARS) {
      for (let j = i; j < units.length; j++) roles[j] = cues[j]?.kind ?? 'navigation';
      return;
    }
    if (roles[i] === 'body') bodyChars += units[i].length;
  }
}

/** Under a `list` cue ("Most Popular"), the short lines that follow without a final period are its items. */
function markLists(units: readonly string[], roles: Role[], cues: ReadonlyArray<FurnitureCue | null>): void {
  for (let i = 0; i < units.length; i++) {
    const cue = cues[i];
    if (cue?.scope !== 'list' || roles[i] !== cue.kind) continue;
    for (let j = i + 1; j < units.length; j++) {
      if (roles[j] !== 'body') continue; // other furniture inside the list ("Advertisement") is passed over
      if (units[j].length > LIST_ITEM_MAX_CHARS || ENDS_STATEMENT.test(units[j])) break;
      roles[j] = cue.kind;
    }
  }
}
