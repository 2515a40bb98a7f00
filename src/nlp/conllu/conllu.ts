/** CoNLL-U reading and writing: syntactic words, multiword token ranges, empty nodes kept verbatim. */

/** One syntactic word (a token line with an integer ID). */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0-based index of the head word, -1 for the root (HEAD 0) or when unknown (`_`). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token line (`3-4	don't …`), spanning words `first..last` (0-based, inclusive). */
export interface MultiwordToken {
  first: number;
  last: number;
  /** The line's columns 2..10 as written. */
  columns: string[];
}

/** An empty node line (`8.1 …`), kept verbatim; it follows word `after` (0-based, -1 before the first). */
export interface EmptyNode {
  after: number;
  line: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  multiwords: MultiwordToken[];
  empty: EmptyNode[];
}

/** A malformed CoNLL-U line: says what was found, what was expected and where. */
export class ConlluError extends Error {
  constructor(message: string, readonly where: string) {
    super(`${where}: ${message}`);
    this.name = 'ConlluError';
  }
}

/**
 * Parses CoNLL-U text into sentences. Empty nodes are skipped for the basic tree but kept
 * verbatim so `writeConllu` reproduces the input.
 * @example readConllu('1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n')[0].words[0].form // 'Hi'
 */
export function readConllu(text: string, source = 'conllu'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], words: [], multiwords: [], empty: [] };
  const rawHeads: string[] = [];
  const flush = (lineNo: number): void => {
    if (cur.words.length || cur.comments.length) {
      cur.words.forEach((w, i) => {
        const h = rawHeads[i];
        if (h === '_') { w.head = -1; return; }
        const n = Number(h);
        if (!Number.isInteger(n) || n < 0 || n > cur.words.length) {
          throw new ConlluError(`HEAD is "${h}", expected 0..${cur.words.length} or _`, `${source}:${lineNo}`);
        }
        w.head = n - 1;
      });
      sentences.push(cur);
    }
    cur = { comments: [], words: [], multiwords: [], empty: [] };
    rawHeads.length = 0;
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (line === '') { flush(i + 1); continue; }
    if (line.startsWith('#')) { cur.comments.push(line); continue; }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new ConlluError(`found ${cols.length} tab-separated columns, expected 10`, `${source}:${i + 1}`);
    }
    const id = cols[0];
    if (id.includes('.')) { cur.empty.push({ after: cur.words.length - 1, line }); continue; }
    const dash = id.indexOf('-');
    if (dash > 0) {
      const first = Number(id.slice(0, dash)) - 1;
      const last = Number(id.slice(dash + 1)) - 1;
      if (!(first >= 0 && last >= first)) throw new ConlluError(`bad range ID "${id}"`, `${source}:${i + 1}`);
      cur.multiwords.push({ first, last, columns: cols.slice(1) });
      continue;
    }
    if (Number(id) !== cur.words.length + 1) {
      throw new ConlluError(`word ID is "${id}", expected ${cur.words.length + 1}`, `${source}:${i + 1}`);
    }
    rawHeads.push(cols[6]);
    cur.words.push({
      form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], feats: cols[5],
      head: -1, deprel: cols[7], deps: cols[8], misc: cols[9],
    });
  }
  flush(lines.length);
  return sentences;
}

/** Serialises sentences as CoNLL-U, each followed by a blank line. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(c);
    let m = 0;
    let e = 0;
    while (e < s.empty.length && s.empty[e].after < 0) out.push(s.empty[e++].line);
    const mws = [...s.multiwords].sort((a, b) => a.first - b.first);
    s.words.forEach((w, i) => {
      while (m < mws.length && mws[m].first === i) {
        out.push([`${i + 1}-${mws[m].last + 1}`, ...mws[m].columns].join('\t'));
        m++;
      }
      const head = w.deprel === '_' && w.head < 0 ? '_' : String(w.head + 1);
      out.push([String(i + 1), w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join('\t'));
      while (e < s.empty.length && s.empty[e].after === i) out.push(s.empty[e++].line);
    });
    out.push('');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The sentence text: its `# text =` comment, or the words rebuilt with SpaceAfter=No. */
export function sentenceText(s: ConlluSentence): string {
  const c = s.comments.find((x) => x.startsWith('# text = '));
  if (c) return c.slice('# text = '.length);
  const spaceAfterNo = new Set<number>();
  for (const mw of s.multiwords) if (mw.columns[8].includes('SpaceAfter=No')) spaceAfterNo.add(mw.last);
  let text = '';
  const inMw = new Map<number, MultiwordToken>();
  for (const mw of s.multiwords) for (let k = mw.first; k <= mw.last; k++) inMw.set(k, mw);
  s.words.forEach((w, i) => {
    const mw = inMw.get(i);
    if (mw) {
      if (i !== mw.first) return;
      text += mw.columns[0] + (spaceAfterNo.has(mw.last) ? '' : ' ');
      return;
    }
    text += w.form + (w.misc.includes('SpaceAfter=No') ? '' : ' ');
  });
  return text.trimEnd();
}
