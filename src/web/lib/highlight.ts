/** Splits a text into runs by the spans that cover them, so overlapping highlights can all be shown. */

/** A highlighted span in text offsets, with the kinds of highlight it gets (CSS classes) and a tooltip. */
export interface Mark {
  start: number;
  end: number;
  kind: string;
  title?: string;
  /** Links the run to something else on the page (an event in a list). */
  ref?: string;
}

/** A run of text and the marks that cover all of it. */
export interface Run {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/**
 * The runs of `text` (which starts at offset `base` of the article) cut at every mark boundary.
 * @example runs('Russia attacked Ukraine', [{ start: 0, end: 6, kind: 'source' }]) // 'Russia' marked, ' attacked Ukraine' not
 */
export function runs(text: string, marks: readonly Mark[], base = 0): Run[] {
  const end = base + text.length;
  const inside = marks.filter((m) => m.end > base && m.start < end && m.end > m.start);
  const cuts = new Set<number>([base, end]);
  for (const m of inside) {
    cuts.add(Math.max(base, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    out.push({ start: s, end: e, text: text.slice(s - base, e - base), marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Every place `needle` occurs in `text` as whole words (falling back to any occurrence when none is whole). */
function occurrences(text: string, needle: string): number[] {
  const all: number[] = [];
  if (!needle) return all;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) all.push(i);
  const whole = all.filter((i) => !(isWordChar(text[i - 1]) && isWordChar(needle[0])) && !(isWordChar(text[i + needle.length]) && isWordChar(needle[needle.length - 1])));
  return whole.length ? whole : all;
}

/**
 * Finds the source, trigger and target words of an event in its sentence when only their texts are known:
 * the trigger's first whole-word occurrence, then the source and target occurrences nearest to it.
 * Spans are offsets into `sentence`; a part that cannot be found is left out.
 */
export function locateEventParts(sentence: string, parts: { source: string; trigger: string; target: string | null }): Mark[] {
  const marks: Mark[] = [];
  const overlaps = (s: number, e: number) => marks.some((m) => s < m.end && e > m.start);
  const trig = occurrences(sentence, parts.trigger)[0];
  if (trig !== undefined) marks.push({ start: trig, end: trig + parts.trigger.length, kind: 'trigger' });
  const anchor = trig ?? 0;
  for (const [kind, text] of [['source', parts.source], ['target', parts.target]] as const) {
    if (!text) continue;
    const best = occurrences(sentence, text)
      .filter((i) => !overlaps(i, i + text.length))
      // The target usually follows the verb and the source precedes it; ties go that way.
      .sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || (kind === 'target' ? b - a : a - b))[0];
    if (best !== undefined) marks.push({ start: best, end: best + text.length, kind });
  }
  return marks.sort((a, b) => a.start - b.start);
}
