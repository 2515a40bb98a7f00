/** Splits a plain-text page into units: one per line, or one per hard-wrapped paragraph. */

/** Shortest and longest line (in characters) of a hard-wrapped paragraph, last line excepted. */
export const WRAP_MIN_LINE_CHARS = 40;
export const WRAP_MAX_LINE_CHARS = 100;
/** Largest difference in length between the lines of one hard-wrapped paragraph (last excepted). */
export const WRAP_MAX_WIDTH_SPREAD = 30;
/** Share of line breaks in a block that must fall mid-sentence for the block to count as wrapped. */
export const WRAP_MIN_MIDSENTENCE_SHARE = 0.5;

const SENTENCE_END = /[.!?:;]["'”’)\]]*$/u;
const STARTS_LOWER = /^[\p{Ll}\d(“"'‘]/u;

/** A unit of text and the index of the block (text between blank lines) it comes from. */
export interface TextUnit {
  text: string;
  block: number;
}

/**
 * Splits text into units. A blank line separates blocks; inside a block each line is a unit,
 * unless the block is one hard-wrapped paragraph ("…the leaders of\nArmenia and Azerbaijan…"),
 * whose lines are joined with spaces. Lines for which `isCue` holds are never joined.
 * @example splitUnits('Title\n\nFirst line.\nSecond line.').map((u) => u.text) // ['Title', 'First line.', 'Second line.']
 */
export function splitUnits(content: string, isCue: (line: string) => boolean = () => false): TextUnit[] {
  const units: TextUnit[] = [];
  const blocks = content.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/);
  blocks.forEach((block, index) => {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (isHardWrapped(lines, isCue)) units.push({ text: lines.join(' '), block: index });
    else for (const text of lines) units.push({ text, block: index });
  });
  return units;
}

function isHardWrapped(lines: string[], isCue: (line: string) => boolean): boolean {
  if (lines.length < 2 || lines.some(isCue)) return false;
  const widths = lines.slice(0, -1).map((l) => l.length);
  if (widths.some((w) => w < WRAP_MIN_LINE_CHARS || w > WRAP_MAX_LINE_CHARS)) return false;
  if (Math.max(...widths) - Math.min(...widths) > WRAP_MAX_WIDTH_SPREAD) return false;
  let midSentence = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    // "…the leaders of" / "Armenia…" breaks a sentence; "…in Tokyo." / "Blinken…" may not.
    if (!SENTENCE_END.test(lines[i]) || STARTS_LOWER.test(lines[i + 1])) midSentence++;
  }
  return midSentence / (lines.length - 1) >= WRAP_MIN_MIDSENTENCE_SHARE;
}
