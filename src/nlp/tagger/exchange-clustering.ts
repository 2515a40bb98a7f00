/**
 * Word classes from unlabelled text by the exchange algorithm over class-bigram statistics,
 * with the "predictive" bigram objective in both directions: a word's class is predicted from
 * the word before it and from the word after it. Each pass moves every unit (word, or class of
 * a finer level) to the class that most raises the likelihood; a move only touches the counts of
 * the unit's own neighbours, so a pass costs (distinct bigrams × classes), not (vocabulary ×
 * classes²). No randomness: units are visited in their given order (callers sort by frequency)
 * and ties keep the current class, so the result depends only on the counts.
 */

/** Distinct bigrams of units 0..units-1 with their counts (one entry per distinct pair). */
export interface BigramCounts {
  units: number;
  first: Int32Array;
  second: Int32Array;
  count: Int32Array;
}

/** Options for `exchangeClusters`. */
export interface ExchangeOptions {
  /** Passes over the units; stops early when a pass moves fewer than `minMoves` units. */
  passes?: number;
  minMoves?: number;
  /** Units that keep a class of their own (e.g. the sentence boundary): class `classes + i` for pinned[i]. */
  pinned?: readonly number[];
  log?: (line: string) => void;
}

/** x ln x for integer counts, tabulated below this bound (the inner loop's only arithmetic). */
const TABLE = 1 << 20;
let xlogxTable: Float64Array | null = null;

function xlogx(): Float64Array {
  if (xlogxTable) return xlogxTable;
  const t = new Float64Array(TABLE);
  for (let x = 2; x < TABLE; x++) t[x] = x * Math.log(x);
  xlogxTable = t;
  return t;
}

/** Compressed rows: for each unit, its neighbours on one side and the pair counts. */
interface Adjacency {
  start: Int32Array;
  other: Int32Array;
  count: Int32Array;
}

function adjacency(b: BigramCounts, key: Int32Array, other: Int32Array): Adjacency {
  const start = new Int32Array(b.units + 1);
  for (let i = 0; i < key.length; i++) start[key[i] + 1]++;
  for (let u = 0; u < b.units; u++) start[u + 1] += start[u];
  const fill = start.slice(0, b.units);
  const o = new Int32Array(key.length);
  const c = new Int32Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const at = fill[key[i]]++;
    o[at] = other[i];
    c[at] = b.count[i];
  }
  return { start, other: o, count: c };
}

/**
 * Assigns each unit to one of `classes` classes (pinned units to classes after them) and
 * returns the class of every unit.
 * @example exchangeClusters(counts, 2, { pinned: [boundary] })
 */
export function exchangeClusters(b: BigramCounts, classes: number, opts: ExchangeOptions = {}): Int32Array {
  const pinned = opts.pinned ?? [];
  const K = classes + pinned.length;
  const n = b.units;
  const F = xlogx();
  const f = (x: number): number => (x < TABLE ? F[x] : x * Math.log(x));
  // left[w]: units u with a bigram (u, w); right[w]: units v with (w, v).
  const left = adjacency(b, b.second, b.first);
  const right = adjacency(b, b.first, b.second);
  // How often each unit is the second (predicted from the left) and the first (from the right) of a bigram.
  const asSecond = new Float64Array(n);
  const asFirst = new Float64Array(n);
  for (let i = 0; i < b.count.length; i++) {
    asSecond[b.second[i]] += b.count[i];
    asFirst[b.first[i]] += b.count[i];
  }
  const cls = new Int32Array(n);
  const isPinned = new Uint8Array(n);
  let next = 0;
  for (let u = 0; u < n; u++) {
    const p = pinned.indexOf(u);
    if (p >= 0) { cls[u] = classes + p; isPinned[u] = 1; } else cls[u] = next++ % classes;
  }
  // fwd[u*K + c]: count of u followed by a unit of class c; bwd[v*K + c]: class c followed by v.
  const fwd = new Int32Array(n * K);
  const bwd = new Int32Array(n * K);
  const fwdClass = new Float64Array(K);
  const bwdClass = new Float64Array(K);
  for (let i = 0; i < b.count.length; i++) {
    fwd[b.first[i] * K + cls[b.second[i]]] += b.count[i];
    bwd[b.second[i] * K + cls[b.first[i]]] += b.count[i];
  }
  for (let u = 0; u < n; u++) { fwdClass[cls[u]] += asSecond[u]; bwdClass[cls[u]] += asFirst[u]; }

  /** Adds (sign 1) or removes (sign -1) unit w to or from class c. */
  const shift = (w: number, c: number, sign: number): void => {
    for (let j = left.start[w]; j < left.start[w + 1]; j++) fwd[left.other[j] * K + c] += sign * left.count[j];
    for (let j = right.start[w]; j < right.start[w + 1]; j++) bwd[right.other[j] * K + c] += sign * right.count[j];
    fwdClass[c] += sign * asSecond[w];
    bwdClass[c] += sign * asFirst[w];
  };
  const gain = new Float64Array(classes);
  /** Adds to `gain` the change in Σ f(row cell) from adding `cnt` to each class cell of every neighbour row. */
  const rowGains = (adj: Adjacency, m: Int32Array, w: number): void => {
    for (let j = adj.start[w]; j < adj.start[w + 1]; j++) {
      const row = adj.other[j] * K;
      const cnt = adj.count[j];
      for (let c = 0; c < classes; c++) {
        const x = m[row + c];
        gain[c] += f(x + cnt) - f(x);
      }
    }
  };
  const passes = opts.passes ?? 15;
  for (let pass = 1; pass <= passes; pass++) {
    let moves = 0;
    for (let w = 0; w < n; w++) {
      if (isPinned[w]) continue;
      const from = cls[w];
      shift(w, from, -1);
      gain.fill(0);
      rowGains(left, fwd, w);
      rowGains(right, bwd, w);
      for (let c = 0; c < classes; c++) {
        gain[c] -= f(fwdClass[c] + asSecond[w]) - f(fwdClass[c]) + f(bwdClass[c] + asFirst[w]) - f(bwdClass[c]);
      }
      let best = from;
      // Ties (and float noise) keep the current class, so passes settle.
      for (let c = 0; c < classes; c++) if (gain[c] > gain[best] + 1e-9) best = c;
      shift(w, best, 1);
      if (best !== from) { cls[w] = best; moves++; }
    }
    opts.log?.(`exchange pass ${pass}: ${moves} of ${n} units moved`);
    if (moves < (opts.minMoves ?? 1)) break;
  }
  return cls;
}

/**
 * Distinct bigrams of sentences of unit ids, each sentence wrapped in the `boundary` unit.
 * @example countBigrams([[0, 1]], 3, 2) // pairs (2,0), (0,1), (1,2), once each
 */
export function countBigrams(sentences: Iterable<ArrayLike<number>>, units: number, boundary: number): BigramCounts {
  // Pair keys first * units + second stay exact in doubles for any vocabulary below 2^26.
  const pairs = new Map<number, number>();
  const add = (a: number, b: number): void => {
    const key = a * units + b;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  };
  for (const s of sentences) {
    let prev = boundary;
    for (let i = 0; i < s.length; i++) { add(prev, s[i]); prev = s[i]; }
    add(prev, boundary);
  }
  const keys = Float64Array.from(pairs.keys()).sort();
  return {
    units,
    first: Int32Array.from(keys, (k) => Math.floor(k / units)),
    second: Int32Array.from(keys, (k) => k % units),
    count: Int32Array.from(keys, (k) => pairs.get(k)!),
  };
}

/** The bigram counts between the classes of `cls` (units of the next, coarser level). */
export function classBigrams(b: BigramCounts, cls: Int32Array, classes: number): BigramCounts {
  const m = new Map<number, number>();
  for (let i = 0; i < b.count.length; i++) {
    const key = cls[b.first[i]] * classes + cls[b.second[i]];
    m.set(key, (m.get(key) ?? 0) + b.count[i]);
  }
  const keys = [...m.keys()].sort((x, y) => x - y);
  return {
    units: classes,
    first: Int32Array.from(keys, (k) => Math.floor(k / classes)),
    second: Int32Array.from(keys, (k) => k % classes),
    count: Int32Array.from(keys, (k) => m.get(k)!),
  };
}
