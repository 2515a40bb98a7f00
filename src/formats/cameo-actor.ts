/** Splits a CAMEO actor code (USAGOV, IGOWSTNAT, IMGMUSISI, ---REB) into the fields GDELT and PLOVER use. */
import type { CodeTables } from './code-tables.js';

/** Length of one block of a CAMEO actor code. */
const BLOCK = 3;
/** How many type codes and religion codes GDELT keeps per actor. */
const MAX_TYPES = 3;
const MAX_RELIGIONS = 2;
/** CAMEO's "unknown country" block (PETRARCH's ---GOV). */
const UNKNOWN = '---';

/** The parts of a CAMEO actor code, as GDELT's ten actor columns hold them. */
export interface ActorParts {
  /** The code as GDELT writes it: without a leading `---` (GDELT leaves the country out instead). */
  code: string;
  country: string | null;
  knownGroup: string | null;
  religions: string[];
  types: string[];
}

/**
 * Splits a CAMEO actor code by position and by the block tables: the first block is the country when it is
 * a country or region code, else a type; later blocks are types, religions, regions (taken as the country
 * when none came first) or, when unlisted, the known-group code.
 * @example parseActorCode('IGOWSTNAT', tables) // { code: 'IGOWSTNAT', country: 'WST', knownGroup: 'NAT', types: ['IGO'], religions: [] }
 */
export function parseActorCode(raw: string, tables: CodeTables): ActorParts {
  const code = raw.startsWith(UNKNOWN) ? raw.slice(UNKNOWN.length) : raw;
  const parts: ActorParts = { code, country: null, knownGroup: null, religions: [], types: [] };
  for (let i = 0; i + BLOCK <= code.length; i += BLOCK) {
    const block = code.slice(i, i + BLOCK);
    const entry = tables.blocks.get(block);
    // Position decides: MUS first is Mauritius, MUS later (IMGMUSISI) is Muslim.
    if (i === 0 && !raw.startsWith(UNKNOWN) && (tables.countries.has(block) || entry?.kind === 'region')) {
      parts.country = block;
    } else if (entry?.kind === 'type') {
      if (parts.types.length < MAX_TYPES) parts.types.push(block);
    } else if (entry?.kind === 'religion' && i > 0) {
      if (parts.religions.length < MAX_RELIGIONS) parts.religions.push(block);
    } else if (entry?.kind === 'region' && parts.country === null) {
      parts.country = block;
    } else if (parts.knownGroup === null) {
      parts.knownGroup = block;
    }
  }
  return parts;
}
