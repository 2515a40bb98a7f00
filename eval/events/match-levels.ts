/** The match levels of the event metric (issue 4), from loosest to strictest. */
import type { CodedEvent } from '../../src/core/document.js';
import { goldCodes, goldDirections, type GoldEvent } from '../gold-events.js';

/** dyad+root: country parts and CAMEO root; dyad+code: country parts and full code; full: full codes; full+date: and the gold date. */
export type Level = 'dyad+root' | 'dyad+code' | 'full' | 'full+date';

/** The three levels every data set reports. */
export const LEVELS: readonly Level[] = ['dyad+root', 'dyad+code', 'full'];

/** Length of the country part of a CAMEO actor code (USAGOV → USA, IGOUNO → IGO, ---REB → ---). */
export const COUNTRY_PART = 3;
/** Length of a CAMEO root code (0253 → 02). */
export const ROOT_PART = 2;

const country = (code: string): string => code.slice(0, COUNTRY_PART);

/** The actor and event code of a prediction, as the matcher reads them. */
export type Predicted = Pick<CodedEvent, 'source' | 'target' | 'code' | 'date'>;

/**
 * Whether a predicted event matches a gold event at a level; a prediction without a target never matches.
 * @example matchesAt('dyad+root', { source: { code: 'USAGOV' }, target: { code: 'ARM' }, code: '046' }, { source: 'USA', target: 'ARMGOV', code: '041' }) // true
 */
export function matchesAt(level: Level, e: Predicted, g: GoldEvent): boolean {
  if (!e.target) return false;
  const codes = goldCodes(g);
  const codeOk = level === 'dyad+root' ? codes.some((c) => c.slice(0, ROOT_PART) === e.code.slice(0, ROOT_PART)) : codes.includes(e.code);
  if (!codeOk) return false;
  if (level === 'full+date' && g.date && e.date !== g.date) return false;
  const src = e.source.code, tgt = e.target.code;
  const countryLevel = level === 'dyad+root' || level === 'dyad+code';
  return goldDirections(g).some(([s, t]) => (countryLevel ? country(src) === country(s) && country(tgt) === country(t) : src === s && tgt === t));
}
