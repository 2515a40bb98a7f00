/**
 * Feature templates as data: each template hashes its id with one to three slots of a value
 * vector that the caller fills once per word or parser configuration. One small loop then makes
 * every key, so V8 inlines the hashing and keeps the values unboxed; called template by template
 * (`key2(20, a, b)` a hundred times in one function), most calls were not inlined and every
 * 32-bit hash argument and result was boxed as a heap number.
 */
import { finish, mix, templateSeed } from './hash.js';

/** A template: its id, the group bits that leave it out (0: never left out), then 1 to 3 value slots. */
export type Template = readonly [id: number, groups: number, ...slots: number[]];

/** Ints per compiled template: first mixing round, groups, arity, three slots. */
const STRIDE = 6;
const MAX_ARITY = 3;

/** Compiled templates that write their keys, in order, from a value vector. */
export class FeatureProgram {
  private readonly code: Int32Array;
  /** Number of templates (the most keys one `run` writes). */
  readonly size: number;

  constructor(templates: readonly Template[]) {
    this.size = templates.length;
    this.code = new Int32Array(templates.length * STRIDE);
    templates.forEach(([id, groups, ...slots], i) => {
      if (slots.length < 1 || slots.length > MAX_ARITY) throw new Error(`FeatureProgram: template ${id} reads ${slots.length} values, expected 1 to ${MAX_ARITY}`);
      const p = i * STRIDE;
      this.code[p] = templateSeed(id);
      this.code[p + 1] = groups;
      this.code[p + 2] = slots.length;
      slots.forEach((slot, j) => { this.code[p + 3 + j] = slot; });
    });
  }

  /**
   * Writes at `f[k]` the keys of the templates none of whose groups is in `skip`, each equal to
   * `key1`/`key2`/`key3` of its id and values; returns the new count.
   */
  run(values: Int32Array, skip: number, f: Uint32Array, k: number): number {
    const code = this.code;
    for (let p = 0; p < code.length; p += STRIDE) {
      if ((code[p + 1] & skip) !== 0) continue;
      const arity = code[p + 2];
      let h = mix(code[p], values[code[p + 3]]);
      if (arity > 1) {
        h = mix(h, values[code[p + 4]]);
        if (arity > 2) h = mix(h, values[code[p + 5]]);
      }
      f[k++] = finish(h);
    }
    return k;
  }
}
