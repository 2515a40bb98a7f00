// The English parsers only: chrono-node's main entry point (whose `parse` is this module's) also
// loads fifteen other languages, a tenth of a second at every start of a process or worker thread.
import * as chrono from 'chrono-node/en';
import type { DateMention, Sentence, Token } from '../core/document.js';
import { isoDay, parseIsoDate } from './iso-date.js';

/** Auxiliaries that put a sentence in the future, so a bare weekday points forward. */
const FUTURE_AUXILIARIES = new Set(['will', 'shall']);
/** A bare four-digit year is taken as a date only in this range ("the 2020 war"). */
const YEAR_RANGE = { min: 1900, max: 2100 };
/** A month without a year that lands this many days after publication is taken from last year. */
const FUTURE_MONTH_SLACK_DAYS = 31;
const DAY_MS = 86_400_000;
/** A cheap test that a sentence may hold a date expression worth giving to chrono. */
const MAY_HOLD_DATE = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(yesterday|today|tonight|tomorrow|ago|last|next|this|morning|evening|afternoon|week|month|year|weekend|noon|midnight)\b/i;
/** Text between two dates that makes them one range. */
const RANGE_JOINER = /^\s*(and|to|through|until|-|–)\s*$/i;

/**
 * Finds date expressions in each sentence and resolves them against the publication date:
 * a bare weekday in a past-tense sentence is the latest such day on or before publication
 * ("on Monday" published on Monday is that day; published on Tuesday, the day before);
 * a month or day without a year takes the publication year, or the year before when that
 * would put it well after publication.
 * @example findDates(text, sentences, tokens, '2022-07-18')
 */
export function findDates(text: string, sentences: Sentence[], tokens: Token[], published: string | null): DateMention[] {
  const ref = published ? parseIsoDate(published) : null;
  const out: DateMention[] = [];
  sentences.forEach((s, index) => {
    const sentenceText = text.slice(s.start, s.end);
    // chrono is the costliest step of the NLP layer; most sentences hold no date at all.
    if (!MAY_HOLD_DATE.test(sentenceText)) return;
    const covered: Array<[number, number]> = [];
    const results = chrono.parse(sentenceText, ref ? { instant: ref, timezone: 0 } : undefined);
    // Most sentences chrono reads give nothing: the tense is looked at only for those that do.
    const future = results.length > 0 && tokens.slice(s.firstToken, s.endToken).some((t) => FUTURE_AUXILIARIES.has(t.norm));
    for (const r of results) {
      const mention = resolve(r, ref, future);
      if (!mention) continue;
      const start = s.start + r.index;
      const end = start + r.text.length;
      covered.push([start, end]);
      const previous = out[out.length - 1];
      // "between September and November 2020": the first month borrows the second's year.
      if (previous && previous.sentence === index && previous.precision === 'month' && !/\d{4}/.test(previous.text)
        && RANGE_JOINER.test(text.slice(previous.end, start)) && /\d{4}/.test(r.text)) {
        previous.value = mention.value.slice(0, 4) + previous.value.slice(4);
      }
      out.push({ start, end, text: r.text, ...mention, sentence: index });
    }
    if (!/\d{4}/.test(sentenceText)) return;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i];
      if (!/^\d{4}$/.test(t.text) || covered.some(([a, b]) => t.start >= a && t.end <= b)) continue;
      const year = Number(t.text);
      if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) continue;
      out.push({ start: t.start, end: t.end, text: t.text, value: t.text, precision: 'year', sentence: index });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

function resolve(r: chrono.ParsedResult, ref: Date | null, future: boolean): Pick<DateMention, 'value' | 'precision'> | null {
  const c = r.start;
  let date = c.date();
  if (Number.isNaN(date.getTime())) return null;
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  const yearKnown = c.isCertain('year');
  if (ref && weekdayOnly && !future && date.getTime() > ref.getTime() + DAY_MS / 2) {
    date = new Date(date.getTime() - 7 * DAY_MS);
  }
  if (ref && weekdayOnly && future && date.getTime() < ref.getTime() - DAY_MS / 2) {
    date = new Date(date.getTime() + 7 * DAY_MS);
  }
  if (ref && !yearKnown && !weekdayOnly && !future && date.getTime() > ref.getTime() + FUTURE_MONTH_SLACK_DAYS * DAY_MS) {
    date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  }
  // A relative expression ("last week", "yesterday") has no meaning without a reference date.
  if (!ref && !/\d{4}/.test(r.text)) return null;
  const value = isoDay(date);
  if (c.isCertain('day') || weekdayOnly || (c.isCertain('month') && c.isCertain('year') && r.text.match(/\d{1,2}(st|nd|rd|th)?\b/) && c.get('day') !== null && c.isCertain('day'))) {
    return { value, precision: 'day' };
  }
  if (/^(yesterday|today|tonight|this morning|this afternoon|this evening)$/i.test(r.text.trim())) return { value, precision: 'day' };
  if (c.isCertain('month')) return { value: value.slice(0, 7), precision: 'month' };
  if (yearKnown) return { value: value.slice(0, 4), precision: 'year' };
  return { value: value.slice(0, 7), precision: 'month' };
}
