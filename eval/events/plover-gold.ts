/** Reads the PLOVER gold-standard records and turns each into the dyads a CAMEO coder should find, in Dyad's naming. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTsv } from '../../src/dictionaries/tsv.js';

/** The name table: the gold's names → Dyad's PLOVER names (see the file's comments). */
export const PLOVER_NAMES_FILE = fileURLToPath(new URL('./plover-names.tsv', import.meta.url));
const NAME_COLUMNS = ['kind', 'gold', 'dyad', 'why'] as const;
/** The gold's mark of an unspecified sector, not scored. */
const UNSPECIFIED_SECTOR = '***';
/** Sector codes are three letters; what follows is an ethnic or religious block (CVLalb, REFKUR). */
const SECTOR_LENGTH = 3;

/** One side of a gold dyad: PLOVER top-level code (a country, IGO…) and sector, null when not given. */
export interface PloverSide { code: string | null; sector: string | null; text: string }

/** One dyad of a gold record: a compound actor list gives one per pair; `symmetric` when the pair is mutual (SRC/TAR). */
export interface PloverDyad { actor: PloverSide | null; recipient: PloverSide | null; symmetric: boolean }

/** One gold sentence with its PLOVER event type (2023 names) and its dyads. */
export interface PloverCase { id: string; text: string; date: string; type: string; dyads: PloverDyad[]; cameoRoots: string[] }

interface RawActor { actorText?: string; code?: string | null; sector?: string | null }
interface RawEvent { event: string; event_plover_2023?: string; actor: RawActor[]; recipient: RawActor[] }

/** The name table as maps per kind. */
export function loadPloverNames(path = PLOVER_NAMES_FILE): Record<'event' | 'country' | 'sector' | 'root', Map<string, string>> {
  const names = { event: new Map<string, string>(), country: new Map<string, string>(), sector: new Map<string, string>(), root: new Map<string, string>() };
  for (const { fields: f } of readTsv(path, NAME_COLUMNS)) names[f.kind as keyof typeof names]?.set(f.gold!, f.dyad!);
  return names;
}

/**
 * Reads the records of plover_gsr.jsonl as cases; a record's several expected events give several cases.
 * @example readPloverGold('../shared/datasets/plover-gold/plover_gsr.jsonl')[0].type // 'AGREE'
 */
export function readPloverGold(path: string, names = loadPloverNames()): PloverCase[] {
  const side = (a: RawActor): PloverSide => {
    const sector = a.sector && a.sector !== UNSPECIFIED_SECTOR ? a.sector.slice(0, SECTOR_LENGTH).toUpperCase() : null;
    return {
      code: a.code ? names.country.get(a.code) ?? a.code : null,
      sector: sector ? names.sector.get(sector) ?? sector : null,
      text: a.actorText ?? '',
    };
  };
  const cases: PloverCase[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; date: string; expected: RawEvent[] };
    for (const e of r.expected) {
      const type = e.event_plover_2023 ?? names.event.get(e.event) ?? e.event;
      const cameoRoots = names.root.get(e.event)?.split('|') ?? [];
      cases.push({ id: r.id, text: r.text, date: r.date, type, dyads: expandDyads(e.actor.map(side), e.recipient.map(side)), cameoRoots });
    }
  }
  return cases;
}

/**
 * One dyad per actor–recipient pair; with no recipient, a compound actor ("Hungarian and Romanian officials
 * agreed") gives a symmetric dyad per pair of its members, and a single actor a dyad with no recipient.
 * @example expandDyads([a], [b, c]).length // 2
 */
export function expandDyads(actors: PloverSide[], recipients: PloverSide[]): PloverDyad[] {
  if (recipients.length) return (actors.length ? actors : [null]).flatMap((actor) => recipients.map((recipient) => ({ actor, recipient, symmetric: false })));
  if (actors.length < 2) return [{ actor: actors[0] ?? null, recipient: null, symmetric: false }];
  const dyads: PloverDyad[] = [];
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) dyads.push({ actor: actors[i]!, recipient: actors[j]!, symmetric: true });
  return dyads;
}
