/** Words joined by a hyphen written without spaces ("day-old", "al-Shaheen", "Armenian-American"). */
import type { Token } from '../core/document.js';

/** Whether token `k` is a hyphen glued to the words on both sides of it: the tokenizer splits "day-old" into three tokens. */
export function isGluedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return k > 0 && k + 1 < tokens.length && t.text === '-' && t.start === tokens[k - 1].end && tokens[k + 1].start === t.end;
}
