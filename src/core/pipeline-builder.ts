import { DyadError } from './errors.js';
import type { LayerName, LayerUpdate, Stage, WorkingDoc } from './stage.js';

/** A stage paired with the resources its factory needs. */
export interface StageUse<R = any> {
  stage: Stage<R>;
  resources: R;
}

/** A compiled pipeline: runs every stage on a document in order. */
export type Pipeline = (doc: WorkingDoc) => WorkingDoc;

/** How long one document may take to code (ms) when the caller sets no budget. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

/**
 * Limits on what reaches the stages: past them some stages slow down with the square of the size
 * (a 1 MB word takes the tokenizer minutes), so such a document is refused (E061) before they run.
 */
export interface InputLimits {
  /** Characters of raw input (text or HTML) handed to extraction. */
  maxRawChars: number;
  /** Characters of extracted article text. */
  maxTextChars: number;
  /** Characters in one word: a run without white space (long URLs fit). */
  maxWordChars: number;
  /** Characters between two sentence ends (. ! ? or a line break): one sentence, at most. */
  maxSentenceChars: number;
}

/** The default limits: 10 M characters of input, 1 M of text, 1,000 per word, 5,000 per sentence. */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxRawChars: 10_000_000,
  maxTextChars: 1_000_000,
  maxWordChars: 1_000,
  maxSentenceChars: 5_000,
});

/** Options of {@link buildPipeline}. */
export interface PipelineOptions {
  limits?: Partial<InputLimits>;
}

/** The deadline of the document being coded now in this thread (coding is synchronous, so one at a time). */
let active: { budgetMs: number; started: number } | null = null;

/**
 * Runs `fn` (which codes one document) with a time budget: the pipeline checks it between stages
 * and rejects the document with E060 once it is spent. Without it the default budget applies.
 * @example withTimeBudget(5_000, () => coder.code(raw))
 */
export function withTimeBudget<T>(budgetMs: number, fn: () => T): T {
  const outer = active;
  active = { budgetMs, started: performance.now() };
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/** The longest run of characters of `text` none of which passes `isBreak`, and where it starts. */
function longestRun(text: string, isBreak: (code: number) => boolean): { length: number; at: number } {
  let best = { length: 0, at: 0 };
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isBreak(text.charCodeAt(i))) {
      if (i - start > best.length) best = { length: i - start, at: start };
      start = i + 1;
    }
  }
  return best;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000;
/** Sentence ends: . ! ? and their full-width and Devanagari forms, and line breaks. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0964;

/** Throws E061 when a document's raw input or extracted text is past a limit; says which and where. */
function checkLimits(doc: WorkingDoc, limits: InputLimits, layer: 'raw' | 'article'): void {
  const where = doc.raw.uri;
  if (layer === 'raw') {
    const n = doc.raw.content.length;
    if (n > limits.maxRawChars) throw new DyadError('E061', `the input has ${n} characters, over the limit of ${limits.maxRawChars}`, where);
    return;
  }
  const text = doc.article!.text;
  if (text.length > limits.maxTextChars) {
    throw new DyadError('E061', `the article text has ${text.length} characters, over the limit of ${limits.maxTextChars}`, where);
  }
  const word = longestRun(text, isSpace);
  if (word.length > limits.maxWordChars) {
    throw new DyadError('E061', `a word of ${word.length} characters at offset ${word.at} (longest allowed ${limits.maxWordChars}); the text has no spaces there`, where);
  }
  const sentence = longestRun(text, isSentenceEnd);
  if (sentence.length > limits.maxSentenceChars) {
    throw new DyadError('E061', `${sentence.length} characters without a sentence end at offset ${sentence.at} (longest allowed ${limits.maxSentenceChars})`, where);
  }
}

/**
 * Checks that every stage's requirements are assigned by an earlier stage, compiles each
 * stage once, and returns the function that runs them. The function refuses input past the
 * limits (E061) and stops between stages once the time budget is spent (E060).
 */
export function buildPipeline(uses: StageUse[], initial: LayerName[] = [], options: PipelineOptions = {}): Pipeline {
  const limits: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  const available = new Set<LayerName>(initial);
  for (const { stage } of uses) {
    const missing = stage.requires.filter((r) => !available.has(r));
    if (missing.length) {
      throw new DyadError('E020', `stage "${stage.name}" requires ${missing.join(', ')}; available: ${[...available].join(', ') || 'nothing'}`);
    }
    stage.assigns.forEach((a) => available.add(a));
  }
  const runs = uses.map(({ stage, resources }) => ({ stage, run: stage.create(resources) }));
  return (doc) => {
    const budget = active ?? { budgetMs: DEFAULT_TIME_BUDGET_MS, started: performance.now() };
    let current = doc;
    checkLimits(current, limits, 'raw');
    for (const { stage, run } of runs) {
      const hadArticle = current.article !== undefined;
      const update: LayerUpdate = run(current);
      for (const key of Object.keys(update) as LayerName[]) {
        // Layers are written once: a stage that rewrites an earlier layer is a bug.
        if (!stage.assigns.includes(key) || current[key] !== undefined) {
          throw new Error(`stage "${stage.name}" wrote layer "${key}" it does not own`);
        }
      }
      current = { ...current, ...update };
      if (!hadArticle && current.article) checkLimits(current, limits, 'article');
      const spent = performance.now() - budget.started;
      if (spent > budget.budgetMs && stage !== runs[runs.length - 1].stage) {
        throw new DyadError('E060', `stopped after stage "${stage.name}": ${Math.round(spent)} ms, over the time budget of ${budget.budgetMs} ms`, doc.raw.uri);
      }
    }
    return current;
  };
}
