/**
 * The arc-hybrid transition system with the root at the end of the buffer, so exactly one
 * word attaches to it, and its dynamic oracle (Goldberg & Nivre 2013) for labeled trees.
 * Moves: 0 = SHIFT, 1 + l = LEFT-l (s0 ← b0), 1 + L + l = RIGHT-l (s1 → s0).
 */

/** A parser configuration over a sentence of `n` words; word `n` is the root. */
export class Configuration {
  readonly stack: number[] = [];
  /** Front of the buffer; the buffer is b0..n (n = root). */
  b0 = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** Leftmost two and rightmost two children of each word (-1 when absent). */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Bit set of the labels of left / right children (label id mod 32). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  /** Sentence length; the arrays hold up to `capacity` + 1 words (see `reusing`). */
  n: number;
  private readonly capacity: number;

  constructor(n: number, capacity = n) {
    this.n = n;
    this.capacity = capacity;
    const m = capacity + 1;
    this.head = new Int32Array(m).fill(-1);
    this.label = new Int32Array(m).fill(-1);
    this.lc1 = new Int32Array(m).fill(-1);
    this.lc2 = new Int32Array(m).fill(-1);
    this.rc1 = new Int32Array(m).fill(-1);
    this.rc2 = new Int32Array(m).fill(-1);
    this.nLeft = new Int32Array(m);
    this.nRight = new Int32Array(m);
    this.leftLabels = new Int32Array(m);
    this.rightLabels = new Int32Array(m);
  }

  /**
   * The initial configuration of a sentence of `n` words, in `prev`'s arrays when they are long
   * enough: a parser reuses one configuration instead of allocating ten arrays per sentence.
   * Entries past n + 1 keep old values, which no move or feature reads.
   */
  static reusing(prev: Configuration | null, n: number): Configuration {
    if (prev === null || prev.capacity < n) return new Configuration(n, Math.max(n, prev === null ? 0 : prev.capacity * 2));
    const m = n + 1;
    prev.n = n;
    prev.b0 = 0;
    prev.stack.length = 0;
    for (const a of [prev.head, prev.label, prev.lc1, prev.lc2, prev.rc1, prev.rc2]) a.fill(-1, 0, m);
    for (const a of [prev.nLeft, prev.nRight, prev.leftLabels, prev.rightLabels]) a.fill(0, 0, m);
    return prev;
  }

  /** True when every word is attached. */
  get done(): boolean {
    return this.stack.length === 0 && this.b0 === this.n;
  }

  private attach(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    if (d < h) {
      // Left children arrive right to left, so the newest is the leftmost.
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = d;
      this.nLeft[h]++;
      this.leftLabels[h] |= 1 << (l & 31);
    } else {
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = d;
      this.nRight[h]++;
      this.rightLabels[h] |= 1 << (l & 31);
    }
  }

  /** Applies a move (assumed valid). */
  apply(move: number, nLabels: number): void {
    if (move === 0) {
      this.stack.push(this.b0++);
    } else if (move <= nLabels) {
      this.attach(this.b0, this.stack.pop()!, move - 1);
    } else {
      const d = this.stack.pop()!;
      this.attach(this.stack[this.stack.length - 1], d, move - 1 - nLabels);
    }
  }
}

/** Which of SHIFT / LEFT / RIGHT are allowed (root stays last and takes one child). */
export function validMoves(c: Configuration): { shift: boolean; left: boolean; right: boolean } {
  const depth = c.stack.length;
  return {
    shift: c.b0 < c.n,
    left: depth > 0 && (c.b0 < c.n || depth === 1),
    right: depth > 1,
  };
}

/**
 * Costs of SHIFT, LEFT and RIGHT against the gold tree (unlabeled; the label cost is added by
 * the caller): the number of gold arcs each move makes unreachable.
 */
export function moveCosts(c: Configuration, goldHead: Int32Array, goldDeps: number[][], inStack: Uint8Array): [number, number, number] {
  const { stack, b0 } = c;
  const depth = stack.length;
  let shift = 0;
  let left = 0;
  let right = 0;
  if (b0 < c.n) {
    const h = goldHead[b0];
    if (h < b0 && inStack[h] && !(depth > 0 && stack[depth - 1] === h)) shift++;
    for (const d of goldDeps[b0]) if (inStack[d]) shift++;
  }
  if (depth > 0) {
    const s0 = stack[depth - 1];
    const s1 = depth > 1 ? stack[depth - 2] : -1;
    const h = goldHead[s0];
    let depsInBuffer = 0;
    for (const d of goldDeps[s0]) if (d >= b0) depsInBuffer++;
    left = depsInBuffer + (h !== b0 && (h === s1 || h > b0) ? 1 : 0);
    right = depsInBuffer + (h >= b0 ? 1 : 0);
  }
  return [shift, left, right];
}
