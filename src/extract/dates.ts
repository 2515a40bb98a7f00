/** Reads simple publication-date forms from short lines of a page. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** `2022-07-18`. */
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** `July 18, 2022`, `Jul. 18 2022`. */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
/** `18 July 2022`, `18th of July, 2022`. */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'i');
/** `3 JAN 90` (wire-service datelines only). */
const DAY_MONTH_SHORT_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{2})\b`, 'i');
/** Two-digit years below this are 20xx, others 19xx. */
export const TWO_DIGIT_YEAR_PIVOT = 50;

/**
 * The first date in `text` as YYYY-MM-DD, or null. Two-digit years are read only when
 * `allowShortYear` is set (datelines such as "SAN SALVADOR, 3 JAN 90 --").
 * @example findDate('Published 18 July 2022, 10:12') // '2022-07-18'
 */
export function findDate(text: string, allowShortYear = false): string | null {
  const candidates: Array<{ index: number; value: string | null }> = [];
  const iso = ISO_DATE.exec(text);
  if (iso) candidates.push({ index: iso.index, value: ymd(+iso[1], +iso[2], +iso[3]) });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ index: mdy.index, value: ymd(+mdy[3], monthNumber(mdy[1]), +mdy[2]) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ index: dmy.index, value: ymd(+dmy[3], monthNumber(dmy[2]), +dmy[1]) });
  if (allowShortYear) {
    const short = DAY_MONTH_SHORT_YEAR.exec(text);
    if (short) {
      const yy = +short[3];
      const year = yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
      candidates.push({ index: short.index, value: ymd(year, monthNumber(short[2]), +short[1]) });
    }
  }
  const valid = candidates.filter((c) => c.value !== null).sort((a, b) => a.index - b.index);
  return valid.length > 0 ? valid[0].value : null;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** YYYY-MM-DD when the parts make a real calendar date. */
function ymd(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
