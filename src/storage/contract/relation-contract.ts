import { afterEach, describe, expect, it } from 'vitest';
import { Coder } from '../../coder.js';
import type { ActorKind, DyadDocument, Relation, RelationParty } from '../../core/document.js';
import type { Page, RelationFilter, RelationRow, Store, StoreOptions } from '../store.js';

/** Hand-written articles whose relations are set by hand below, so the contract does not move when the relations stage learns more. */
const TEXTS = {
  pact: { uri: 'https://www.caucasus.example/pact', date: '2022-01-10', text: 'Pact\n\nArmenia has a defense pact with Russia. The U.S. has strategic ties with Armenia.' },
  ally: { uri: 'https://east.example/ally', date: '2022-02-20', text: 'Ally\n\nRussia is an ally of Armenia. Yerevan, Moscow\'s ally, agreed.' },
  rift: { uri: 'https://www.caucasus.example/rift', date: '2022-03-05', text: 'Rift\n\nArmenia is no longer an ally of Russia.' },
  office: { uri: 'https://east.example/office', date: '2022-03-06', text: 'Office\n\nArmenian Prime Minister Nikol Pashinyan spoke. Nagorno-Karabakh lies within Azerbaijan.' },
  undated: { uri: 'file:notes/ties.txt', date: undefined, text: 'Ties\n\nThe U.S. has strategic ties with Armenia, officials said.' },
} as const;

type Name = keyof typeof TEXTS;

function span(doc: DyadDocument, words: string, from = 0): { start: number; end: number; text: string } {
  const start = doc.text.indexOf(words, from);
  if (start < 0) throw new Error(`relation contract: "${words}" is not in ${doc.uri}`);
  return { start, end: start + words.length, text: words };
}

function sentence(doc: DyadDocument, words: string): { start: number; end: number; text: string } {
  const at = span(doc, words).start;
  const start = Math.max(doc.text.lastIndexOf('. ', at) + 2, doc.text.lastIndexOf('\n', at) + 1);
  const end = doc.text.indexOf('.', at + words.length) + 1;
  return { start, end, text: doc.text.slice(start, end) };
}

function party(doc: DyadDocument, code: string, name: string, kind: ActorKind, words: string): RelationParty {
  return { code, name, kind, ...span(doc, words) };
}

/** A relation of `doc`, stated by the sentence holding `cue`. */
function relation(doc: DyadDocument, r: Pick<Relation, 'kind' | 'label' | 'a' | 'b' | 'direction'> & Partial<Relation>, cue: string): Relation {
  return {
    polarity: 'positive', negated: false, object: null, time: { basis: 'published', date: doc.published, text: null },
    asserted: true, attributedTo: null, sentence: 0, cue: { ...span(doc, cue), pattern: cue }, evidence: sentence(doc, cue), confidence: 0.8,
    ...r,
  };
}

let coded: Record<Name, DyadDocument> | undefined;

/** The relation corpus, coded once per process, with relations written by hand. */
export function relationCorpus(): Record<Name, DyadDocument> {
  if (coded) return coded;
  const coder = new Coder();
  const docs = Object.fromEntries(Object.entries(TEXTS).map(([name, t]) => [name, coder.code({ uri: t.uri, content: t.text, format: 'text' }, { date: t.date })])) as Record<Name, DyadDocument>;
  const { pact, ally, rift, office, undated } = docs;
  pact.relations = [
    relation(pact, { kind: 'allied', label: 'defense pact', direction: 'mutual', a: party(pact, 'ARM', 'Armenia', 'state', 'Armenia'), b: party(pact, 'RUS', 'Russia', 'state', 'Russia') }, 'defense pact with Russia'),
    relation(pact, { kind: 'ties', label: 'strategic ties', direction: 'mutual', a: party(pact, 'USA', 'United States', 'state', 'U.S.'), b: { ...party(pact, 'ARM', 'Armenia', 'state', 'Armenia'), ...span(pact, 'Armenia', pact.text.indexOf('strategic')) } }, 'strategic ties with Armenia'),
  ];
  // The same alliance, sides the other way round, and once more through the capitals (ARMGOV is Armenia).
  ally.relations = [
    relation(ally, { kind: 'allied', label: 'ally', direction: 'mutual', a: party(ally, 'RUS', 'Russia', 'state', 'Russia'), b: party(ally, 'ARM', 'Armenia', 'state', 'Armenia') }, 'ally of Armenia'),
    relation(ally, { kind: 'allied', label: 'ally', direction: 'mutual', a: party(ally, 'RUSGOV', 'Russia', 'government', 'Moscow'), b: party(ally, 'ARMGOV', 'Armenia', 'government', 'Yerevan') }, "Moscow's ally"),
  ];
  // A statement that the alliance ended: the relation conflicts.
  rift.relations = [
    relation(rift, { kind: 'allied', label: 'ally', direction: 'mutual', a: party(rift, 'ARM', 'Armenia', 'state', 'Armenia'), b: party(rift, 'RUS', 'Russia', 'state', 'Russia'), time: { basis: 'past', date: null, text: 'no longer' } }, 'no longer an ally of Russia'),
  ];
  office.relations = [
    relation(office, {
      kind: 'office', label: 'prime minister', direction: 'directed', polarity: 'neutral',
      a: party(office, 'ARMGOV', 'Nikol Pashinyan', 'person', 'Nikol Pashinyan'), b: party(office, 'ARM', 'Armenia', 'state', 'Armenian'), object: span(office, 'Prime Minister'),
    }, 'Armenian Prime Minister Nikol Pashinyan'),
    relation(office, {
      kind: 'sovereign', label: 'sovereign', direction: 'directed', polarity: 'neutral',
      a: party(office, 'AZE', 'Azerbaijan', 'state', 'Azerbaijan'), b: null, object: span(office, 'Nagorno-Karabakh'),
    }, 'lies within Azerbaijan'),
  ];
  undated.relations = [
    relation(undated, {
      kind: 'ties', label: 'strategic ties', direction: 'mutual', asserted: false, attributedTo: { code: '---GOV', ...span(undated, 'officials') },
      a: party(undated, 'USA', 'United States', 'state', 'U.S.'), b: party(undated, 'ARM', 'Armenia', 'state', 'Armenia'),
    }, 'strategic ties with Armenia'),
  ];
  coded = docs;
  return docs;
}

const ORDER: Name[] = ['pact', 'ally', 'rift', 'office', 'undated'];

/** "kind a b [object]", a readable handle on a relation row. */
function handle(r: Pick<RelationRow, 'kind' | 'aCode' | 'bCode' | 'object'>): string {
  return `${r.kind} ${r.aCode} ${r.bCode ?? '-'}${r.object ? ` ${r.object}` : ''}`;
}

async function handles(store: Store, filter: RelationFilter, page: Partial<Page> = {}): Promise<string[]> {
  return (await store.queryRelations(filter, { limit: 100, ...page })).rows.map(handle);
}

/** Storing, merging, filtering and paging standing relations, on every adapter. */
export function runRelationContract(newStore: (options?: StoreOptions) => Promise<Store>): void {
  describe('relations', () => {
    const open: Store[] = [];
    const fresh = async (names: Name[] = ORDER) => {
      const s = await newStore();
      open.push(s);
      for (const n of names) await s.putDocument(relationCorpus()[n]);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('merges one relation stated by three articles from two sites, a government counting as its state, conflicts side by side', async () => {
      const store = await fresh();
      const { pact, ally, rift } = relationCorpus();
      const [row] = (await store.queryRelations({ kind: 'allied' }, { limit: 10 })).rows;
      expect(row).toMatchObject({
        kind: 'allied', direction: 'mutual', aCode: 'ARM', aName: 'Armenia', bCode: 'RUS', bName: 'Russia', object: null,
        numStatements: 4, numArticles: 3, numSources: 2, firstSeen: '2022-01-10', lastSeen: '2022-03-05', conflicting: true,
        label: 'ally', polarity: 'positive', dyadVersion: pact.versions.dyad, dictionaries: pact.versions.dictionaries,
      });
      expect(row.id).toMatch(/^rel-[0-9a-f]{24}$/);
      expect(row.stances).toEqual([
        { label: 'ally', polarity: 'positive', negated: false, basis: 'published', statements: 2, articles: 1 },
        { label: 'defense pact', polarity: 'positive', negated: false, basis: 'published', statements: 1, articles: 1 },
        { label: 'ally', polarity: 'positive', negated: false, basis: 'past', statements: 1, articles: 1 },
      ]);
      const full = await store.getRelation(row.id);
      expect(full!.relation).toEqual(row);
      expect(full!.statements.map((s) => s.articleId)).toEqual([pact.hash, ally.hash, ally.hash, rift.hash]);
      const docs = new Map([pact, ally, rift].map((d) => [d.hash, d]));
      for (const s of full!.statements) {
        const doc = docs.get(s.articleId)!;
        expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        expect(s).toMatchObject({ relationId: row.id, uri: doc.uri, title: doc.title, published: doc.published });
        expect(doc.relations).toContainEqual(s.relation);
      }
      expect(await store.getRelation('rel-missing')).toBeNull();
    });

    it('keeps offices, places and undated articles apart, with counts of their own', async () => {
      const store = await fresh();
      expect((await handles(store, {})).sort()).toEqual(['allied ARM RUS', 'office ARMGOV ARM Prime Minister', 'sovereign AZE - Nagorno-Karabakh', 'ties ARM USA']);
      const [ties] = (await store.queryRelations({ kind: 'ties' }, { limit: 10 })).rows;
      // The undated article counts, but gives no date.
      expect(ties).toMatchObject({ numStatements: 2, numArticles: 2, numSources: 2, firstSeen: '2022-01-10', lastSeen: '2022-01-10', conflicting: false });
      const [office] = (await store.queryRelations({ kind: 'office' }, { limit: 10 })).rows;
      expect(office).toMatchObject({ direction: 'directed', aCode: 'ARMGOV', aName: 'Nikol Pashinyan', aKind: 'person', bCode: 'ARM', object: 'Prime Minister' });
      const [sovereign] = (await store.queryRelations({ kind: 'sovereign' }, { limit: 10 })).rows;
      expect(sovereign).toMatchObject({ aCode: 'AZE', bCode: null, bName: null, bKind: null, object: 'Nagorno-Karabakh' });
    });

    it('changes nothing when an article is stored again, and gives the same ids whatever the order', async () => {
      const one = await fresh();
      const before = (await one.queryRelations({}, { limit: 100 })).rows;
      expect((await one.putDocument(relationCorpus().ally)).inserted).toBe(false);
      expect((await one.queryRelations({}, { limit: 100 })).rows).toEqual(before);
      const two = await fresh([...ORDER].reverse());
      const ids = async (s: Store) => (await s.queryRelations({}, { limit: 100 })).rows.map((r) => `${r.id} ${handle(r)} ${r.numStatements} ${r.numArticles} ${r.numSources} ${r.label}`).sort();
      expect(await ids(two)).toEqual(await ids(one));
    });

    it('keeps counts right when writers store overlapping batches at the same time', async () => {
      const { pact, ally, rift, office, undated } = relationCorpus();
      const together = await fresh([]);
      await Promise.all([together.putDocuments([pact, ally]), together.putDocuments([rift, ally]), together.putDocument(pact), together.putDocuments([office, undated, rift])]);
      const oneByOne = await fresh();
      const counts = async (s: Store) => (await s.queryRelations({}, { limit: 100 })).rows.map((r) => `${r.id} ${r.numStatements} ${r.numArticles} ${r.numSources} ${r.conflicting}`).sort();
      expect(await counts(together)).toEqual(await counts(oneByOne));
    });

    it.each<[string, RelationFilter, string[]]>([
      ['kind', { kind: 'allied' }, ['allied ARM RUS']],
      ['either side, by code prefix (a person of ARMGOV too)', { actor: 'arm' }, ['allied ARM RUS', 'office ARMGOV ARM Prime Minister', 'ties ARM USA']],
      ['side a', { a: 'ARMGOV' }, ['office ARMGOV ARM Prime Minister']],
      ['side b', { b: 'RUS' }, ['allied ARM RUS']],
      ['dyad, either order', { dyad: ['USA', 'ARM'] }, ['ties ARM USA']],
      ['a label some statement gives', { label: 'defense pact' }, ['allied ARM RUS']],
      ['object words, any case', { object: 'karabakh' }, ['sovereign AZE - Nagorno-Karabakh']],
      ['stated in a date range', { from: '2022-03', to: '2022-03-31' }, ['allied ARM RUS', 'office ARMGOV ARM Prime Minister', 'sovereign AZE - Nagorno-Karabakh']],
      ['evidence words', { text: 'officials said' }, ['ties ARM USA']],
      ['conflicting statements only', { conflicting: true }, ['allied ARM RUS']],
      ['agreeing statements only', { conflicting: false, kind: 'ties' }, ['ties ARM USA']],
      ['at least two articles', { minArticles: 2 }, ['allied ARM RUS', 'ties ARM USA']],
      ['filters combine', { actor: 'ARM', kind: 'office', from: '2022-03-06' }, ['office ARMGOV ARM Prime Minister']],
      ['no match', { dyad: ['AZE', 'RUS'] }, []],
    ])('filters relations: %s', async (_name, filter, expected) => {
      const store = await fresh();
      expect((await handles(store, filter)).sort()).toEqual(expected);
    });

    it('sorts by statements (the default) or by the last article, and pages with stable cursors', async () => {
      const store = await fresh();
      const byDefault = (await store.queryRelations({}, { limit: 100 })).rows;
      expect(byDefault.map((r) => r.numStatements)).toEqual([4, 2, 1, 1]);
      const byDate = (await store.queryRelations({}, { limit: 100, sort: '-date' })).rows.map((r) => r.lastSeen);
      expect(byDate).toEqual(['2022-03-06', '2022-03-06', '2022-03-05', '2022-01-10']);
      for (const sort of ['mentions', '-mentions', 'date', '-date'] as const) {
        const whole = (await store.queryRelations({}, { limit: 100, sort })).rows.map((r) => r.id);
        const paged: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { rows: RelationRow[]; next: string | null } = await store.queryRelations({}, { limit: 3, sort, cursor });
          paged.push(...page.rows.map((r) => r.id));
          cursor = page.next;
        } while (cursor);
        expect(paged, sort).toEqual(whole);
      }
      await expect(store.queryRelations({}, { limit: 2, cursor: 'not-a-cursor' })).rejects.toThrow(/^E030 /);
    });
  });
}
