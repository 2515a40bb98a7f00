/** Reads the publisher's name from a copyright line. */

/** Company-form abbreviations whose final period belongs to the name ("Nexstar Media Inc."). */
export const COMPANY_ABBREVIATIONS = ['Inc', 'Ltd', 'Co', 'Corp', 'Plc', 'Pty', 'Bhd', 'Cie', 'Bros', 'S.A', 'N.V', 'A.G'];
/** A publisher name longer than this is prose, not a name. */
export const PUBLISHER_MAX_CHARS = 80;

const PREFIX = /^(?:(?:copyright|©|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?/iu;
const RIGHTS = /[,;]?\s*all rights reserved.*$/iu;
/** "© Reuters 2024": the year after the name. */
const TRAILING_YEAR = /[\s,]+\d{4}(?:\s*[-–]\s*\d{4})?\.?$/u;
const AFFILIATES = /\s+(?:or|and)\s+its\s+affiliat.*$/iu;

/**
 * The publisher named by a copyright line, or null.
 * @example publisherFromCopyright('Copyright 2023 Nexstar Media Inc. All rights reserved.') // 'Nexstar Media Inc.'
 */
export function publisherFromCopyright(line: string): string | null {
  const prefix = PREFIX.exec(line);
  if (!prefix || prefix[0].trim() === '') return null;
  let name = line.slice(prefix[0].length).replace(RIGHTS, '');
  name = firstSentence(name).replace(AFFILIATES, '').replace(TRAILING_YEAR, '').trim();
  if (name.endsWith('.') && !endsWithAbbreviation(name)) name = name.slice(0, -1).trim();
  if (name === '' || name.length > PUBLISHER_MAX_CHARS || !/^[\p{L}\p{N}]/u.test(name)) return null;
  return name;
}

/** Text up to the first period that ends a sentence rather than an abbreviation. */
function firstSentence(text: string): string {
  const re = /\.\s+(?=\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = text.slice(0, m.index + 1);
    if (!endsWithAbbreviation(head)) return head.slice(0, -1);
  }
  return text;
}

function endsWithAbbreviation(text: string): boolean {
  // "…Inc." and initials such as "J." keep their period.
  return COMPANY_ABBREVIATIONS.some((abbr) => text.endsWith(` ${abbr}.`)) || /(?:^|\s)\p{Lu}\.$/u.test(text);
}
