/** The CAMEO event codebook and its PLOVER mapping, loaded from `data/cameo/` and validated once. */
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { readTsv } from './tsv.js';

/** One CAMEO event code with our label, its Goldstein score and its QuadClass. */
export interface CameoCode {
  code: string;
  label: string;
  goldstein: number;
  quadClass: number;
}

/** The PLOVER event type for a CAMEO code, with its mode and context when the table gives them. */
export interface PloverMapping {
  type: string;
  mode: string | null;
  context: string | null;
}

/** Read-only access to the CAMEO codebook and the CAMEO-to-PLOVER mapping. */
export interface Codebook {
  get(code: string): CameoCode | undefined;
  /** '0253' -> '025'; '025' -> '025'; '02' -> '02' */
  baseCode(code: string): string;
  rootCode(code: string): string;
  /** PLOVER mapping for the code, inheriting from parents when not listed. */
  plover(code: string): PloverMapping | null;
  codes(): readonly CameoCode[];
}

/** Columns of `cameo/codes.tsv`, in file order. */
export const CODES_COLUMNS = ['code', 'label', 'goldstein', 'quadclass'] as const;
/** Columns of `cameo/plover.tsv`, in file order. */
export const PLOVER_COLUMNS = ['code', 'type', 'mode', 'context'] as const;

/** The PLOVER event types; a typo in plover.tsv would otherwise silently create a new type. */
export const PLOVER_TYPES: ReadonlySet<string> = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

/** QuadClass a root implies: CAMEO fixes it by root, so a mismatch is a typo, not a choice. */
function quadClassOfRoot(root: number): number {
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

/** Code one level up ('0253' -> '025' -> '02'), or null for a root. */
function parentCode(code: string): string | null {
  return code.length > 2 ? code.slice(0, -1) : null;
}

/** Loads and validates `cameo/codes.tsv` and `cameo/plover.tsv` under `dataDir` into a frozen codebook. */
export function loadCodebook(dataDir: string): Codebook {
  const codesPath = join(dataDir, 'cameo', 'codes.tsv');
  const ploverPath = join(dataDir, 'cameo', 'plover.tsv');

  const byCode = new Map<string, CameoCode>();
  const lineOf = new Map<string, number>();
  for (const { line, fields } of readTsv(codesPath, CODES_COLUMNS)) {
    const where = `${codesPath}:${line}`;
    const code = fields.code.trim();
    if (!/^\d{2,4}$/.test(code)) {
      throw new DyadError('E010', `code is "${code}", expected 2 to 4 digits`, where);
    }
    const root = Number(code.slice(0, 2));
    if (root < 1 || root > 20) {
      throw new DyadError('E010', `code ${code} has root ${code.slice(0, 2)}, expected a root from 01 to 20`, where);
    }
    if (byCode.has(code)) {
      throw new DyadError('E010', `code ${code} is listed twice (first at line ${lineOf.get(code)})`, where);
    }
    const label = fields.label.trim();
    if (label === '') throw new DyadError('E010', `code ${code} has an empty label`, where);
    const gText = fields.goldstein.trim();
    const goldstein = Number(gText);
    if (gText === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new DyadError('E010', `goldstein for ${code} is "${gText}", expected a number from -10 to 10`, where);
    }
    const qText = fields.quadclass.trim();
    if (!/^[1-4]$/.test(qText)) {
      throw new DyadError('E010', `quadclass for ${code} is "${qText}", expected 1, 2, 3 or 4`, where);
    }
    const quadClass = Number(qText);
    const expectedQuad = quadClassOfRoot(root);
    if (quadClass !== expectedQuad) {
      throw new DyadError(
        'E010',
        `quadclass for ${code} is ${quadClass}, expected ${expectedQuad} for root ${code.slice(0, 2)}`,
        where,
      );
    }
    byCode.set(code, Object.freeze({ code, label, goldstein, quadClass }));
    lineOf.set(code, line);
  }
  // Parents are checked after reading everything so the file need not list parents first.
  for (const [code, line] of lineOf) {
    const parent = parentCode(code);
    if (parent !== null && !byCode.has(parent)) {
      throw new DyadError('E010', `code ${code} has no parent code ${parent} in this file`, `${codesPath}:${line}`);
    }
  }

  const ploverByCode = new Map<string, PloverMapping>();
  const ploverLine = new Map<string, number>();
  for (const { line, fields } of readTsv(ploverPath, PLOVER_COLUMNS)) {
    const where = `${ploverPath}:${line}`;
    const code = fields.code.trim();
    if (!byCode.has(code)) {
      throw new DyadError('E010', `code "${code}" is not in ${codesPath}`, where);
    }
    if (ploverByCode.has(code)) {
      throw new DyadError('E010', `code ${code} is listed twice (first at line ${ploverLine.get(code)})`, where);
    }
    const type = fields.type.trim();
    if (!PLOVER_TYPES.has(type)) {
      throw new DyadError('E010', `PLOVER type for ${code} is "${type}", expected one of ${[...PLOVER_TYPES].join(', ')}`, where);
    }
    const mode = fields.mode.trim();
    const context = fields.context.trim();
    ploverByCode.set(code, Object.freeze({ type, mode: mode || null, context: context || null }));
    ploverLine.set(code, line);
  }

  const all: readonly CameoCode[] = Object.freeze([...byCode.values()]);

  const codebook: Codebook = {
    get: (code) => byCode.get(code),
    baseCode: (code) => (code.length > 3 ? code.slice(0, 3) : code),
    rootCode: (code) => code.slice(0, 2),
    plover(code) {
      // Unknown codes get null rather than a guess from a prefix that happens to exist.
      if (!byCode.has(code)) return null;
      for (let c: string | null = code; c !== null; c = parentCode(c)) {
        const m = ploverByCode.get(c);
        if (m) return m;
      }
      return null;
    },
    codes: () => all,
  };
  return Object.freeze(codebook);
}
