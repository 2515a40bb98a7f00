/** Reads a figure at a token: digits, number words, multipliers, ranges, vague counts and qualifiers. */
import type { Token } from '../core/document.js';
import type { ClaimResources, NumberWord, Qualifier } from './claim-resources.js';
import type { PhraseMatch } from './phrase-lexicon.js';

/** A figure found in the tokens, with token ranges into the article's token list. */
export interface Figure {
  /** Token range of the number words themselves ("6,500", "two dozen", "between 20 and 30"). */
  first: number;
  end: number;
  /** Token range including the qualifiers ("at least 6,500", "1,000 or so"). */
  spanFirst: number;
  spanEnd: number;
  /** The figure; for a range its low end; null for a vague count ("dozens"). */
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
  /** The qualifier's words as the text writes them, lower case. */
  qualifierText: string | null;
  /** True when the figure is a bare four-digit number, which may be a year. */
  yearLike: boolean;
}

/** Digits with optional thousands separators and decimals: "6,500", "1.5", "957". */
const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;
/** A range written as one token: "20-30". */
const DIGIT_RANGE = /^(\d[\d,]*)[-–](\d[\d,]*)$/;
/** Four-digit numbers in this span and without a comma read as years ("in 2014"). */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
/** Words that join the two ends of a range ("20 to 30", "20 or 30"); "and" only after "between". */
const RANGE_JOINERS = new Set(['to', '-', '–', 'or']);

interface Reading {
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
}

function digitsValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function wordAt(res: ClaimResources, tokens: Token[], i: number, limit: number, type: NumberWord['type']) {
  return firstOfType(res.numbers.matchesAt(tokens, i, limit), type);
}

function firstOfType(matches: PhraseMatch<NumberWord>[], type: NumberWord['type']): PhraseMatch<NumberWord> | null {
  return matches.find((m) => m.value.type === type) ?? null;
}

/** Reads one number (no qualifier, no range) starting at token `i`. */
function readNumber(res: ClaimResources, tokens: Token[], i: number, limit: number): Reading | null {
  const t = tokens[i];
  if (!t || i >= limit) return null;
  // "hundreds of thousands" before "hundreds": the lexicon returns the longest phrase first.
  // Number words at `i` are looked up once, for vague counts and for numbers.
  const here = res.numbers.matchesAt(tokens, i, limit);
  const vague = firstOfType(here, 'vague');
  if (vague && vague.value.type === 'vague') return { end: vague.end, value: null, low: vague.value.low, high: vague.value.high, vague: true };

  let value: number | null = null;
  let end = i + 1;
  const range = DIGIT_RANGE.exec(t.text);
  if (range) {
    const low = digitsValue(range[1]);
    const high = digitsValue(range[2]);
    if (high > low) return { end, value: low, low, high, vague: false };
    return null;
  }
  if (DIGITS.test(t.text)) {
    value = digitsValue(t.text);
  } else {
    const word = firstOfType(here, 'number');
    if (word && word.value.type === 'number') {
      value = word.value.value;
      end = word.end;
      // "twenty-five": tens, a hyphen, then a unit word.
      const unit = tokens[end]?.text === '-' ? wordAt(res, tokens, end + 1, limit, 'number') : null;
      if (value >= 20 && value < 100 && value % 10 === 0 && unit && unit.value.type === 'number' && unit.value.value < 10) {
        value += unit.value.value;
        end = unit.end;
      }
    } else if (t.norm === 'a' || t.norm === 'an') {
      // "a dozen", "a thousand"
      const mult = wordAt(res, tokens, i + 1, limit, 'multiplier');
      if (!mult || mult.value.type !== 'multiplier') return null;
      value = mult.value.value;
      end = mult.end;
    } else {
      return null;
    }
  }
  // "two dozen", "1.5 million", "two hundred thousand"
  for (let m = wordAt(res, tokens, end, limit, 'multiplier'); m && m.value.type === 'multiplier'; m = wordAt(res, tokens, end, limit, 'multiplier')) {
    value *= m.value.value;
    end = m.end;
  }
  return { end, value: Math.round(value), low: null, high: null, vague: false };
}

/**
 * Reads the figure that starts at token `i` (of a sentence whose tokens run from `floor` to
 * `limit`), or returns null when no number starts there.
 * @example parseFigureAt(res, tokens, 2, 0, tokens.length) // "at least 6,500" → { value: 6500, qualifierText: 'at least', … }
 */
export function parseFigureAt(res: ClaimResources, tokens: Token[], i: number, floor: number, limit: number): Figure | null {
  const first = readNumber(res, tokens, i, limit);
  if (!first) return null;
  let { end, value, low, high } = first;
  let spanFirst = i;
  // Ranges: "between 20 and 30", "from 8,000 to 12,000", "20 to 30", "20 or 30".
  const before = tokens[i - 1]?.norm;
  const joiner = tokens[end]?.norm;
  if (!first.vague && joiner && (RANGE_JOINERS.has(joiner) || (joiner === 'and' && before === 'between'))) {
    const second = readNumber(res, tokens, end + 1, limit);
    if (second && !second.vague && second.value !== null && value !== null && second.value > value) {
      low = value;
      high = second.value;
      end = second.end;
      if ((before === 'between' || before === 'from') && i - 1 >= floor) spanFirst = i - 1;
    }
  }
  let spanEnd = end;
  let qualifier: Qualifier | null = null;
  let qualifierText: string | null = null;
  // "some 1,000 or so": both are read; the one before the figure names it.
  const post = res.qualifiers.matchAt(tokens, end, limit);
  if (post && post.value.position === 'after') {
    qualifier = post.value;
    qualifierText = words(tokens, post.start, post.end);
    spanEnd = post.end;
  }
  const pre = res.qualifiers.matchEndingAt(tokens, spanFirst, floor);
  if (pre && pre.value.position === 'before') {
    qualifier = pre.value;
    qualifierText = words(tokens, pre.start, pre.end);
    spanFirst = pre.start;
  }
  const only = end === i + 1 ? tokens[i].text : '';
  const yearLike = /^\d{4}$/.test(only) && Number(only) >= YEAR_MIN && Number(only) <= YEAR_MAX
    || (DIGIT_RANGE.test(only) && only.split(/[-–]/).every((y) => /^\d{4}$/.test(y) && Number(y) >= YEAR_MIN && Number(y) <= YEAR_MAX));
  return { first: i, end, spanFirst, spanEnd, value: first.vague ? null : value, low: first.vague ? first.low : low, high: first.vague ? first.high : high, qualifier, qualifierText, yearLike };
}

function words(tokens: Token[], a: number, b: number): string {
  return tokens.slice(a, b).map((t) => t.norm).join(' ');
}
