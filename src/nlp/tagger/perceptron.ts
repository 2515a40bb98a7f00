/**
 * Averaged perceptron over hashed integer feature keys. Training keeps dense class rows in
 * growable typed arrays; `compact()` turns the averaged weights into a pruned, int16-quantised
 * sparse model that scores fast and serialises as a few typed arrays.
 */

/** Initial number of rows allocated for training weights; grows by doubling. */
const INITIAL_ROWS = 1 << 16;

/** Trainable averaged perceptron with `nClasses` outputs. */
export class Perceptron {
  private readonly rows = new Map<number, number>();
  private w: Float32Array;
  /** Sum over updates of (time × delta), for averaging: avg = w − u / time. */
  private u: Float64Array;
  private time = 1;

  constructor(readonly nClasses: number) {
    this.w = new Float32Array(INITIAL_ROWS * nClasses);
    this.u = new Float64Array(INITIAL_ROWS * nClasses);
  }

  /** Number of feature rows allocated so far. */
  get size(): number {
    return this.rows.size;
  }

  /** A zeroed array of class scores for `score`: fractional weights need floats. */
  newScores(): Float64Array {
    return new Float64Array(this.nClasses);
  }

  /** Adds the current weights of `n` features into `scores` (which the caller zeroes). */
  score(keys: Uint32Array, n: number, scores: Scores): void {
    const C = this.nClasses;
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const r = this.rows.get(keys[i]);
      if (r === undefined) continue;
      const o = r * C;
      for (let c = 0; c < C; c++) scores[c] += w[o + c];
    }
  }

  /** Moves weights towards `truth` and away from `guess` for the given features. */
  update(keys: Uint32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const C = this.nClasses;
    const t = this.time;
    for (let i = 0; i < n; i++) {
      const o = this.row(keys[i]) * C;
      this.w[o + truth] += 1;
      this.u[o + truth] += t;
      this.w[o + guess] -= 1;
      this.u[o + guess] -= t;
    }
  }

  /** Advances the averaging clock; call once per training instance. */
  tick(): void {
    this.time++;
  }

  private row(k: number): number {
    let r = this.rows.get(k);
    if (r !== undefined) return r;
    r = this.rows.size;
    if ((r + 1) * this.nClasses > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    this.rows.set(k, r);
    return r;
  }

  /**
   * The averaged weights as a sparse model: entries with |w| below `prune` × the largest
   * weight are dropped, the rest quantised to int16.
   */
  compact(prune = 0): CompactModel {
    const C = this.nClasses;
    const t = this.time;
    const entries = [...this.rows.entries()].sort((a, b) => a[0] - b[0]);
    let maxAbs = 0;
    const avg = new Float32Array(C);
    for (const [, r] of entries) {
      for (let c = 0; c < C; c++) maxAbs = Math.max(maxAbs, Math.abs(this.w[r * C + c] - this.u[r * C + c] / t));
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const cut = prune * maxAbs;
    const keys: number[] = [];
    const offsets: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (const [k, r] of entries) {
      const start = cls.length;
      for (let c = 0; c < C; c++) {
        avg[c] = this.w[r * C + c] - this.u[r * C + c] / t;
        if (Math.abs(avg[c]) <= cut) continue;
        const q = Math.round(avg[c] / scale);
        if (q === 0) continue;
        cls.push(c);
        val.push(q);
      }
      if (cls.length === start) continue;
      keys.push(k);
      offsets.push(cls.length);
    }
    return new CompactModel(C, scale, Uint32Array.from(keys), Uint32Array.from(offsets), Uint8Array.from(cls), Int16Array.from(val));
  }
}

/**
 * Bits of a table slot's row word that hold the row's length: just enough for `nClasses`, so
 * that row starts (the rest of the 32-bit word) reach as many weights as possible (2^25 for the
 * parser's ~100 moves; a fixed 9 bits capped models at 8.4M weights).
 */
function rowLengthBits(nClasses: number): number {
  let bits = 1;
  while ((1 << bits) <= nClasses) bits++;
  return bits;
}
/** Largest class a packed weight (value × 256 + class) holds. */
const MAX_CLASS = 255;
/** Features scored at once; scratch space grows past it on demand. */
const INITIAL_SCRATCH = 128;
/**
 * Bits of the key filter per key of the model, rounded up to a power of two (one bit per key,
 * set by the key's top bits): about one absent key in three passes it. The filter is read for
 * every feature, so it must stay in the core's cache while the table is probed: at 2 bits per
 * key it is 64 KB for the parser; at 16 (one absent key in twenty passed, 512 KB) its own cache
 * misses cost more than the probes it saved (parsing and tagging 5 to 9% slower in A/B runs over
 * the sentences the first 1,000 news records parse, December 2026).
 */
const FILTER_BITS_PER_KEY = 2;
/** Smallest and largest filter, as a power of two of bits (the shift that reads it stays in 6..22). */
const MIN_FILTER_LOG2 = 10;
const MAX_FILTER_LOG2 = 26;
/**
 * A row of one weight is held in its table slot instead of the packed weights (more than half of
 * the parser's rows, a seventh of the rows its features find): the packed weight's 24 bits above
 * an empty length field, with the top bit set so that the slot never reads as empty. Only where
 * the length field leaves room (`rowBits` at most 7: up to 128 classes).
 */
const MAX_INLINE_ROW_BITS = 7;
const INLINE_MASK = 0xffffff;
const INLINE_FLAG = 0x80000000;
/** Table and weights of a model not built yet. */
const EMPTY_TABLE = new Uint32Array(0);
const EMPTY_PACKED = new Int32Array(0);
const EMPTY_FILTER = new Int32Array(0);

/**
 * Row numbers by descending length, rows of one length in ascending order: a counting sort, with
 * no function calls in its loops (it runs once per thread, before V8 has compiled anything).
 */
function byLengthDescending(offsets: Uint32Array): Uint32Array {
  const n = offsets.length - 1;
  let longest = 0;
  for (let i = 0; i < n; i++) if (offsets[i + 1] - offsets[i] > longest) longest = offsets[i + 1] - offsets[i];
  const starts = new Uint32Array(longest + 2);
  for (let i = 0; i < n; i++) starts[longest - (offsets[i + 1] - offsets[i]) + 1]++;
  for (let l = 1; l < starts.length; l++) starts[l] += starts[l - 1];
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[starts[longest - (offsets[i + 1] - offsets[i])]++] = i;
  return order;
}

/**
 * A read-only sparse averaged perceptron. On first use, the feature index is laid out as one
 * open-addressing table of 8-byte (key, start << 9 | length) slots and the weights as packed
 * int32 (value × 256 + class). Scoring is memory-bound (the table is megabytes, probed at
 * random), so `score` first touches every feature's slot, then every found row, in loops whose
 * loads do not depend on one another: the CPU overlaps their cache misses instead of waiting
 * for each in turn (about twice as fast as probing and adding feature by feature). A third of the
 * parser's features are in no row; a bit set of the keys (64 KB for the parser, which stays in
 * the CPU's cache where the 4 MB table does not) turns two thirds of them away before their probe.
 */
export class CompactModel {
  // Built on first use (`build`): a model only read as part of a joined one never needs its own.
  private table = EMPTY_TABLE;
  private packed = EMPTY_PACKED;
  private mask = 0;
  /** One bit per value of a key's top bits (`key >>> filterShift`), set when a key of the model has them. */
  private filter = EMPTY_FILTER;
  private filterShift = 32 - MIN_FILTER_LOG2;
  private readonly rowBits: number;
  private built = false;
  /** Row words of the features found by the current `score` call. */
  private found = new Uint32Array(INITIAL_SCRATCH);
  /** Keys of the current `score` call that passed the filter. */
  private passed = new Uint32Array(INITIAL_SCRATCH);
  /** Where the touching loops leave their loads, so the compiler cannot drop them as dead. */
  private touched = 0;

  constructor(
    readonly nClasses: number,
    readonly scale: number,
    readonly keys: Uint32Array,
    readonly offsets: Uint32Array,
    readonly cls: Uint8Array,
    readonly val: Int16Array,
  ) {
    this.rowBits = rowLengthBits(nClasses);
    const maxWeights = 2 ** (32 - this.rowBits);
    if (cls.length >= maxWeights) throw new Error(`CompactModel: ${cls.length} weights; at most ${maxWeights - 1} fit the feature table`);
  }

  /**
   * One model whose classes are `first`'s, then `second`'s (class c of `second` becomes
   * `first.nClasses + c`), so one probe per feature finds both rows. Each part's scores keep
   * their own units: compare classes within a part only.
   */
  static joined(first: CompactModel, second: CompactModel): CompactModel {
    if (first.nClasses + second.nClasses > MAX_CLASS + 1) throw new Error(`CompactModel.joined: ${first.nClasses} + ${second.nClasses} classes; at most ${MAX_CLASS + 1} fit a packed weight`);
    const weights = first.cls.length + second.cls.length;
    const keys = new Uint32Array(first.keys.length + second.keys.length);
    const offsets = new Uint32Array(keys.length + 1);
    const cls = new Uint8Array(weights);
    const val = new Int16Array(weights);
    // Both key lists ascend (see `compact`): merge them, a key's rows one after the other.
    const fk = first.keys;
    const sk = second.keys;
    const shift = first.nClasses;
    let a = 0;
    let b = 0;
    let n = 0;
    let w = 0;
    while (a < fk.length || b < sk.length) {
      const takeA = a < fk.length && (b === sk.length || fk[a] <= sk[b]);
      const takeB = b < sk.length && (a === fk.length || sk[b] <= fk[a]);
      keys[n++] = takeA ? fk[a] : sk[b];
      if (takeA) {
        for (let j = first.offsets[a]; j < first.offsets[a + 1]; j++, w++) { cls[w] = first.cls[j]; val[w] = first.val[j]; }
        a++;
      }
      if (takeB) {
        for (let j = second.offsets[b]; j < second.offsets[b + 1]; j++, w++) { cls[w] = second.cls[j] + shift; val[w] = second.val[j]; }
        b++;
      }
      offsets[n] = w;
    }
    return new CompactModel(first.nClasses + second.nClasses, first.scale, keys.slice(0, n), offsets.slice(0, n + 1), cls, val);
  }

  /**
   * Lays out the table and weights now rather than at the first `score`, so that loading a
   * model includes the work (a model read only as part of a joined one is never prepared).
   */
  prepare(): this {
    if (!this.built) this.build();
    return this;
  }

  /**
   * Lays out the feature table: open addressing over 8-byte slots [key, start << rowBits | length],
   * where a zero row word marks an empty slot (rows are never empty), and the packed weights.
   */
  private build(): void {
    const { keys, offsets, cls, val, rowBits } = this;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    const mask = size - 1;
    const table = new Uint32Array(size * 2);
    const inline = rowBits <= MAX_INLINE_ROW_BITS;
    const packed = new Int32Array(cls.length);
    // Longest rows first: they belong to the most frequent features, which then sit in their home
    // slots and share the first cache lines of the weights.
    const order = byLengthDescending(offsets);
    let w = 0;
    for (let r = 0; r < order.length; r++) {
      const i = order[r];
      let s = keys[i] & mask;
      while (table[s * 2 + 1] !== 0) s = (s + 1) & mask;
      table[s * 2] = keys[i];
      const length = offsets[i + 1] - offsets[i];
      if (inline && length === 1) {
        const j = offsets[i];
        table[s * 2 + 1] = (INLINE_FLAG | (((val[j] * 256 + cls[j]) & INLINE_MASK) << rowBits)) >>> 0;
        continue;
      }
      table[s * 2 + 1] = ((w << rowBits) | length) >>> 0;
      for (let j = offsets[i]; j < offsets[i + 1]; j++) packed[w++] = val[j] * 256 + cls[j];
    }
    let filterLog2 = MIN_FILTER_LOG2;
    while (filterLog2 < MAX_FILTER_LOG2 && 2 ** filterLog2 < keys.length * FILTER_BITS_PER_KEY) filterLog2++;
    const filterShift = 32 - filterLog2;
    const filter = new Int32Array(2 ** (filterLog2 - 5));
    for (let i = 0; i < keys.length; i++) {
      const b = keys[i] >>> filterShift;
      filter[b >>> 5] |= 1 << (b & 31);
    }
    this.filter = filter;
    this.filterShift = filterShift;
    this.table = table;
    // Cut to the weights not held in slots (a native copy: no loop for a thread's start-up to run).
    this.packed = packed.slice(0, w);
    this.mask = mask;
    this.built = true;
  }

  /**
   * A zeroed array of class scores for `score`. The weights are int16 and a sentence's scores
   * sum at most a few hundred of them, so 32-bit integers hold every sum exactly, as doubles
   * did, and adding into them is cheaper (no conversion to double per weight).
   */
  newScores(): Int32Array {
    return new Int32Array(this.nClasses);
  }

  /**
   * Adds the (quantised) weights of `n` features into `scores`, which the caller zeroes; with
   * `maxClass`, weights of higher classes may be left out (a row's classes ascend).
   */
  score(keys: Uint32Array, n: number, scores: Scores, maxClass = MAX_CLASS): void {
    if (!this.built) this.build();
    const { table, packed, mask, rowBits, filter, filterShift } = this;
    const lengthMask = (1 << rowBits) - 1;
    if (this.found.length < n) {
      this.found = new Uint32Array(n);
      this.passed = new Uint32Array(n);
    }
    const found = this.found;
    const passed = this.passed;
    // Keys whose filter bit is clear are in no row; the others are written in any case and kept by
    // advancing the count (no branch to mispredict on a key that is one of a third absent).
    let p = 0;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      const b = k >>> filterShift;
      passed[p] = k;
      p += (filter[b >>> 5] >>> (b & 31)) & 1;
    }
    let touch = 0;
    for (let i = 0; i < p; i++) touch ^= table[((passed[i] & mask) << 1) + 1];
    let f = 0;
    for (let i = 0; i < p; i++) {
      const k = passed[i];
      let slot = k & mask;
      let row = table[(slot << 1) + 1];
      while (row !== 0 && table[slot << 1] !== k) {
        slot = (slot + 1) & mask;
        row = table[(slot << 1) + 1];
      }
      if (row === 0) continue;
      if ((row & lengthMask) !== 0) {
        found[f++] = row;
        continue;
      }
      // A one-weight row held in the slot: its packed weight, sign-extended from 24 bits.
      const v = (((row >>> rowBits) & INLINE_MASK) << 8) >> 8;
      const c = v & 255;
      if (c <= maxClass) scores[c] += v >> 8;
    }
    for (let i = 0; i < f; i++) touch ^= packed[found[i] >>> rowBits];
    this.touched = touch;
    for (let i = 0; i < f; i++) {
      const row = found[i];
      const start = row >>> rowBits;
      const end = start + (row & lengthMask);
      for (let j = start; j < end; j++) {
        const v = packed[j];
        const c = v & 255;
        if (c > maxClass) break;
        scores[c] += v >> 8;
      }
    }
  }

  /** A copy without the weights smaller than `minAbs` (in int16 units); rows left empty go too. */
  pruned(minAbs: number): CompactModel {
    const keys: number[] = [];
    const offsets: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const start = cls.length;
      for (let j = this.offsets[i]; j < this.offsets[i + 1]; j++) {
        if (Math.abs(this.val[j]) < minAbs) continue;
        cls.push(this.cls[j]);
        val.push(this.val[j]);
      }
      if (cls.length === start) continue;
      keys.push(this.keys[i]);
      offsets.push(cls.length);
    }
    return new CompactModel(this.nClasses, this.scale, Uint32Array.from(keys), Uint32Array.from(offsets), Uint8Array.from(cls), Int16Array.from(val));
  }

  /** Bytes of the model's arrays as stored. */
  get byteLength(): number {
    return this.keys.byteLength + this.offsets.byteLength + this.cls.byteLength + this.val.byteLength;
  }
}

/** Class scores: doubles while training, exact integers for a compact model (see `newScores`). */
export type Scores = Float64Array | Int32Array;

/** Anything that can score features (a model in training or a compact one). */
export interface Scorer {
  /** A zeroed scores array of the type `score` adds into. */
  newScores(): Scores;
  /** Adds the weights of `n` features into `scores`; classes above `maxClass` may be left out. */
  score(keys: Uint32Array, n: number, scores: Scores, maxClass?: number): void;
}
