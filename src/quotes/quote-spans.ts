/** Finds quoted spans in a text by pairing quotation marks paragraph by paragraph. */

/** A quoted span: the marks around it and the words inside, by character offsets. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the end of its paragraph unclosed. */
  close: number | null;
  /** The quoted words (trimmed, without a trailing comma). */
  start: number;
  end: number;
  /** Index of the paragraph it is in. */
  paragraph: number;
  /** Index (into the returned list) of the unclosed quote of the previous paragraph this one continues, or null. */
  continues: number | null;
  /** True when the opening mark is the paragraph's first character. */
  opensParagraph: boolean;
  /** Single quotation marks ('…', ‘…’) rather than double ones. */
  single: boolean;
}

/** Characters after which a straight quote mark opens a quotation. */
const OPENS_AFTER = /[\s([{—–\-/“"‘']/u;
/** Characters before which a closing mark may stand. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}—–\-"”’']/u;

function canOpen(text: string, i: number, floor: number): boolean {
  return (i === floor || OPENS_AFTER.test(text[i - 1])) && i + 1 < text.length && !/\s/.test(text[i + 1]);
}

function canClose(text: string, i: number, ceil: number): boolean {
  return i > 0 && !/\s/.test(text[i - 1]) && (i + 1 >= ceil || CLOSES_BEFORE.test(text[i + 1]));
}

/** The paragraphs of a text (lines separated by line breaks) as [start, end) offsets. */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push([m.index + lead, m.index + lead + body.length]);
  }
  return out;
}

/** Trims whitespace and a trailing comma ("…comprehensive peace," → "…comprehensive peace"). */
function inner(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * Every quoted span of a text. Double marks (straight or curly) pair within a paragraph; a quote
 * left open at the end of a paragraph runs to its end and is continued by a paragraph that opens
 * with a mark (the newspaper convention for quotes over several paragraphs). Single marks count
 * only outside double ones, and only where they cannot be apostrophes ("It’s", "Saudis’").
 * @example findQuoteSpans('He said: “We will.”').map((q) => q.start) // [10]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pendingUnclosed: number | null = null;
  paragraphs(text).forEach(([pStart, pEnd], paragraph) => {
    let double: number | null = null;
    let single: number | null = null;
    const carried = pendingUnclosed;
    pendingUnclosed = null;
    const push = (open: number, close: number | null, isSingle: boolean): void => {
      const [start, end] = inner(text, open + 1, close ?? pEnd);
      if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
      const opensParagraph = open === pStart;
      spans.push({ open, close, start, end, paragraph, continues: opensParagraph && carried !== null ? carried : null, opensParagraph, single: isSingle });
    };
    for (let i = pStart; i < pEnd; i++) {
      const c = text[i];
      if (c === '“' || c === '”' || c === '"') {
        if (double === null) {
          if (c === '“' || (c === '"' && canOpen(text, i, pStart))) { double = i; single = null; }
        } else if (c === '“') {
          // A new opening mark before the old one closed: the old quote ends here.
          push(double, i, false);
          double = i;
        } else {
          push(double, i, false);
          double = null;
        }
      } else if (double === null && (c === '‘' || c === '’' || c === "'")) {
        if (single === null) {
          if ((c === '‘' || c === "'") && canOpen(text, i, pStart) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) single = i;
        } else if ((c === '’' || c === "'") && canClose(text, i, pEnd)) {
          push(single, i, true);
          single = null;
        }
      }
    }
    if (double !== null) {
      push(double, null, false);
      if (spans.length && spans[spans.length - 1].open === double) pendingUnclosed = spans.length - 1;
    }
  });
  return spans;
}
