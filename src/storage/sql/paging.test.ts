import { describe, expect, it } from 'vitest';
import { afterCursor, finishPage, pageSize, type SortSpec } from './paging.js';

const spec: SortSpec = { columns: ['e.sort_date', 'e.id'], keys: ['sort_date', 'id'], desc: [true, true] };
const mixed: SortSpec = { columns: ['count(*)', 'm.code'], keys: ['n', 'code'], desc: [true, false] };

describe('keyset paging', () => {
  it('returns a cursor only when more rows exist, and the condition for the rows after it', () => {
    const rows = [{ sort_date: '2022-02-25', id: 'b' }, { sort_date: '2022-02-24', id: 'a' }, { sort_date: '2022-02-24', id: '0' }];
    const page = finishPage(rows, 2, spec, '-date', (r) => r.id);
    expect(page.rows).toEqual(['b', 'a']);
    expect(afterCursor(spec, '-date', page.next)).toEqual({ sql: '(e.sort_date, e.id) < (?, ?)', params: ['2022-02-24', 'a'] });
    expect(finishPage(rows, 3, spec, '-date', (r) => r.id).next).toBeNull();
  });

  it('expands mixed directions into OR terms', () => {
    const { next } = finishPage([{ n: 3, code: 'RUS' }, { n: 2, code: 'UKR' }], 1, mixed, 'actors', (r) => r);
    expect(afterCursor(mixed, 'actors', next)).toEqual({ sql: '((count(*) < ?) OR (count(*) = ? AND m.code > ?))', params: [3, 3, 'RUS'] });
  });

  it('refuses a cursor from another sort, and clamps page sizes', () => {
    const { next } = finishPage([{ sort_date: '', id: 'a' }, { sort_date: '', id: 'b' }], 1, spec, '-date', (r) => r);
    expect(() => afterCursor(spec, 'date', next)).toThrow(/^E030 /);
    expect([pageSize({ limit: 0 }), pageSize({ limit: 25 }), pageSize({ limit: 1e9 })]).toEqual([1, 25, 10_000]);
  });
});
