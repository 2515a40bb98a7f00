import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';
import { loadCodebook } from './codebook.js';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const repoRoot = path.dirname(dataDir);
const ref = path.resolve(repoRoot, '../shared/reference/cameo_codes.tsv');

const codebook = loadCodebook(dataDir);

/** Reference rows as code -> { name, goldstein, quadclass }; goldstein is '' where unpublished. */
function readReference(): Map<string, { name: string; goldstein: string; quadclass: string }> {
  const lines = readFileSync(ref, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
  return new Map(
    lines.map((l) => {
      const [code, name, goldstein, quadclass] = l.replace(/\r$/, '').split('\t');
      return [code, { name, goldstein, quadclass }];
    }),
  );
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** Writes a tiny data dir with the given codes.tsv and plover.tsv bodies (headers added). */
function tinyDataDir(codes: string, plover = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyad-codebook-'));
  tempDirs.push(dir);
  mkdirSync(path.join(dir, 'cameo'));
  writeFileSync(path.join(dir, 'cameo', 'codes.tsv'), `code\tlabel\tgoldstein\tquadclass\n${codes}`);
  writeFileSync(path.join(dir, 'cameo', 'plover.tsv'), `code\ttype\tmode\tcontext\n${plover}`);
  return dir;
}

function loadError(dir: string): DyadError {
  try {
    loadCodebook(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(DyadError);
    return err as DyadError;
  }
  throw new Error('expected a DyadError');
}

describe('loadCodebook on data/', () => {
  it('has 315 codes: 20 roots, 147 three-digit, 148 four-digit', () => {
    const all = codebook.codes();
    expect(all.length).toBe(315);
    expect(all.filter((c) => c.code.length === 2).length).toBe(20);
    expect(all.filter((c) => c.code.length === 3).length).toBe(147);
    expect(all.filter((c) => c.code.length === 4).length).toBe(148);
  });

  it.skipIf(!existsSync(ref))('covers every reference code with the same Goldstein and QuadClass', () => {
    const reference = readReference();
    expect(reference.size).toBe(315);
    for (const [code, r] of reference) {
      const ours = codebook.get(code);
      expect(ours, `code ${code}`).toBeDefined();
      // Four codes have no published score; they take their parent's.
      const g = r.goldstein !== '' ? r.goldstein : reference.get(code.slice(0, -1))!.goldstein;
      expect(ours!.goldstein, `goldstein of ${code}`).toBe(Number(g));
      expect(ours!.quadClass, `quadclass of ${code}`).toBe(Number(r.quadclass));
    }
    expect(codebook.get('1213')!.goldstein).toBe(-4);
    expect(codebook.get('1952')!.goldstein).toBe(-10);
  });

  it.skipIf(!existsSync(ref))('writes labels in its own words (at most 10% identical to the reference)', () => {
    const reference = readReference();
    const same = codebook
      .codes()
      .filter((c) => reference.get(c.code)?.name.trim().toLowerCase() === c.label.toLowerCase());
    expect(same.length).toBeLessThanOrEqual(Math.floor(reference.size * 0.1));
  });

  it('gives every root and three-digit code a PLOVER type', () => {
    const missing = codebook
      .codes()
      .filter((c) => c.code.length <= 3 && !codebook.plover(c.code)?.type)
      .map((c) => c.code);
    expect(missing).toEqual([]);
  });

  it('computes base and root codes', () => {
    expect(codebook.baseCode('0253')).toBe('025');
    expect(codebook.baseCode('025')).toBe('025');
    expect(codebook.baseCode('02')).toBe('02');
    expect(codebook.rootCode('0253')).toBe('02');
    expect(codebook.rootCode('190')).toBe('19');
    expect(codebook.rootCode('19')).toBe('19');
  });

  it('maps to PLOVER directly and by inheritance', () => {
    expect(codebook.plover('041')).toEqual({ type: 'CONSULT', mode: 'phone', context: null });
    expect(codebook.plover('1712')?.type).toBe('ASSAULT');
    // 1951 and 1952 are not listed and take 195's row.
    expect(codebook.plover('1951')).toEqual(codebook.plover('195'));
    expect(codebook.plover('1951')?.type).toBe('ASSAULT');
    // 010 is not listed and takes its root's row.
    expect(codebook.plover('010')).toEqual(codebook.plover('01'));
    expect(codebook.plover('9999')).toBeNull();
  });

  it('is frozen', () => {
    expect(Object.isFrozen(codebook)).toBe(true);
    expect(Object.isFrozen(codebook.codes())).toBe(true);
    expect(Object.isFrozen(codebook.get('04'))).toBe(true);
  });
});

describe('loadCodebook validation', () => {
  it('accepts a tiny valid codebook', () => {
    const dir = tinyDataDir('04\tConsultation\t1.0\t1\n041\tPhone call\t1.0\t1\n', '04\tCONSULT\t\t\n');
    const cb = loadCodebook(dir);
    expect(cb.codes().map((c) => c.code)).toEqual(['04', '041']);
    expect(cb.plover('041')).toEqual({ type: 'CONSULT', mode: null, context: null });
  });

  it('rejects a QuadClass that does not match the root, with file:line', () => {
    const dir = tinyDataDir('04\tConsultation\t1.0\t1\n041\tPhone call\t1.0\t3\n');
    const err = loadError(dir);
    expect(err.code).toBe('E010');
    expect(err.where).toBe(`${path.join(dir, 'cameo', 'codes.tsv')}:3`);
    expect(err.message).toContain('quadclass for 041 is 3, expected 1');
  });

  it('rejects bad codes, scores, duplicates and missing parents', () => {
    const codesFile = (dir: string) => path.join(dir, 'cameo', 'codes.tsv');
    let dir = tinyDataDir('04\tConsultation\t1.0\t1\n04a\tBad\t1.0\t1\n');
    expect(loadError(dir).where).toBe(`${codesFile(dir)}:3`);
    dir = tinyDataDir('04\tConsultation\t11\t1\n');
    expect(loadError(dir).message).toContain('from -10 to 10');
    dir = tinyDataDir('04\tConsultation\t\t1\n');
    expect(loadError(dir).message).toContain('goldstein');
    dir = tinyDataDir('04\tConsultation\t1.0\t1\n04\tAgain\t1.0\t1\n');
    expect(loadError(dir).message).toContain('listed twice');
    dir = tinyDataDir('04\tConsultation\t1.0\t1\n0411\tOrphan\t1.0\t1\n');
    const err = loadError(dir);
    expect(err.where).toBe(`${codesFile(dir)}:3`);
    expect(err.message).toContain('parent code 041');
  });

  it('rejects PLOVER rows for unknown codes or types', () => {
    const ploverFile = (dir: string) => path.join(dir, 'cameo', 'plover.tsv');
    let dir = tinyDataDir('04\tConsultation\t1.0\t1\n', '# c\n042\tCONSULT\t\t\n');
    let err = loadError(dir);
    expect(err.code).toBe('E010');
    expect(err.where).toBe(`${ploverFile(dir)}:3`);
    dir = tinyDataDir('04\tConsultation\t1.0\t1\n', '04\tCONSUL\t\t\n');
    err = loadError(dir);
    expect(err.where).toBe(`${ploverFile(dir)}:2`);
    expect(err.message).toContain('"CONSUL"');
  });
});
