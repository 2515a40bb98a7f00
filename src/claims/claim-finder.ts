/** Proposes the figures of a sentence that count people affected, with their kind and subject. */
import type { DateMention, Token } from '../core/document.js';
import type { ClaimResources } from './claim-resources.js';
import { countedPhrase, countsPeople, readKind, type CountedPhrase, type KindReading, type SentenceView } from './kind-finder.js';
import { parseFigureAt, type Figure } from './number-parser.js';

/** A figure with the kind of count it is, before attribution and hedges are settled. */
export interface FigureMatch {
  figure: Figure;
  kind: KindReading;
  np: CountedPhrase;
  /** Token range of the subject phrase, or null. */
  subject: [number, number] | null;
}

/** How many words after a "how many" clause's cue are kept in its subject ("are detained in Azerbaijan"). */
export const CARRIED_SUBJECT_TAIL = 3;

/** Why a number is not a count of people, or null when it may be one. */
function nonCount(res: ClaimResources, view: SentenceView, fig: Figure, dates: DateMention[]): string | null {
  const { tokens, first, end } = view;
  const a = tokens[fig.first];
  const z = tokens[fig.end - 1];
  // A date mention counts when it is really one: a month or a year in it ("5 September", "March 12, 2012"),
  // not chrono's readings of "On Tuesday, 19 soldiers" or "from 8,000 to 12,000".
  const date = dates.find((d) => d.start < z.end && a.start < d.end);
  if (date) {
    for (let k = first; k < end; k++) {
      const t = tokens[k];
      if (t.start < date.start || t.end > date.end) continue;
      if (/^\d{4}$/.test(t.text) || t.text.includes(':') || res.unitsAfter.matchAt(tokens, k, k + 1)?.value === 'date'
        || res.unitsBefore.matchAt(tokens, k, k + 1)?.value === 'date') return 'date';
    }
  }
  // "no one was hurt", "no-one"
  const before = tokens[fig.spanFirst - 1]?.text === '-' ? tokens[fig.spanFirst - 2] : tokens[fig.spanFirst - 1];
  if (before?.norm === 'no') return 'zero';
  if (res.unitsBefore.matchEndingAt(tokens, fig.spanFirst, first)) return 'unit before';
  let after = fig.spanEnd;
  if (tokens[after]?.text === '-') after++;
  const unit = res.unitsAfter.matchAt(tokens, after, end);
  if (unit) return unit.value;
  // "(18)": an age or an aside in parentheses.
  if (tokens[fig.spanFirst - 1]?.text === '(' && tokens[fig.spanEnd]?.text === ')') return 'parenthesised';
  // "Vasyl Oleksenko, 57, a retired geologist": an age in apposition to a name.
  if (tokens[fig.spanFirst - 1]?.text === ',' && tokens[fig.spanFirst - 2]?.pos === 'PROPN' && tokens[fig.spanEnd]?.text === ',') return 'age';
  // "one of the deadliest days"
  if (fig.value === 1 && fig.end === fig.first + 1 && tokens[fig.end]?.norm === 'of') return 'pronoun one';
  return null;
}

function subjectOf(res: ClaimResources, view: SentenceView, np: CountedPhrase, kind: KindReading): [number, number] | null {
  const { tokens, first, end } = view;
  if (kind.how === 'carried' && res.kindNouns.matchAt(tokens, kind.cueStart, kind.cueEnd)?.end === kind.cueEnd) {
    // "took the death toll to 20": the noun phrase of the tally.
    let a = kind.cueStart;
    while (a - 1 >= first && ['ADJ', 'NOUN', 'PROPN', 'DET'].includes(tokens[a - 1].pos)) a--;
    return [a, kind.cueEnd];
  }
  if (kind.how === 'carried') {
    // "how many Armenians are detained in Azerbaijan": from the noun before the cue to a short tail after it.
    let a = kind.cueStart;
    for (let k = kind.cueStart - 1; k >= first && kind.cueStart - k <= 4; k--) if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') { a = k; break; }
    let b = kind.cueEnd;
    while (b < end && b - kind.cueEnd < CARRIED_SUBJECT_TAIL && !['PUNCT', 'CCONJ', 'VERB'].includes(tokens[b].pos)) b++;
    return [a, b];
  }
  if (np.head === null) return null;
  let a = np.start;
  while (a < np.head && /^["“”'‘’]$/.test(tokens[a].text)) a++;
  return [a, np.head + 1];
}

/**
 * Every figure in one sentence that counts people affected: numbers that are not dates, years,
 * ages, times, money, percentages or measures, that count people (or nothing, elliptically),
 * and that a kind cue marks.
 */
export function findFigures(res: ClaimResources, view: SentenceView, dates: DateMention[]): FigureMatch[] {
  const { tokens, first, end } = view;
  const found: FigureMatch[] = [];
  for (let i = first; i < end; i++) {
    const fig = parseFigureAt(res, tokens, i, first, end);
    if (!fig) continue;
    i = fig.spanEnd - 1;
    if (nonCount(res, view, fig, dates)) continue;
    const np = countedPhrase(res, view, fig);
    if (fig.yearLike && !(np.head !== null && np.head === np.start && countsPeople(res, view, np.head, np.start))) continue;
    if (!np.people) continue;
    const kind = readKind(res, view, fig, np);
    if (!kind) continue;
    found.push({ figure: fig, kind, np, subject: subjectOf(res, view, np, kind) });
  }
  return found;
}

/** The text of tokens [a, b) as the article writes it. */
export function spanText(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b - 1].end);
}
