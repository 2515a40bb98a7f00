import { describe, expect, it } from 'vitest';
import { parseFilter, type FilterFlags } from '../../src/cli/store-options.js';
import { EventFilterQuery, toEventFilter } from '../../src/server/schemas/event-filter.js';
import type { EventFilter } from '../../src/storage/store.js';

/** The API's reading of query parameters, or 'rejected'. */
function api(query: Record<string, string>): EventFilter | 'rejected' {
  const r = EventFilterQuery.safeParse(query);
  return r.success ? toEventFilter(r.data) : 'rejected';
}

/** The CLI's reading of the same values as flags, or 'rejected'. */
function cli(query: Record<string, string>): EventFilter | 'rejected' {
  const { includeNegated, ...rest } = query;
  const flags: FilterFlags = { ...rest, ...(includeNegated === 'true' ? { negated: true } : {}) };
  try {
    return parseFilter(flags);
  } catch {
    return 'rejected';
  }
}

describe('the API and `dyad events` read filters alike', () => {
  it.each<Record<string, string>>([
    { actor: 'usa' }, { source: '---GOV' }, { target: 'RUSGOV' }, { country: 'ukr' },
    { dyad: 'USA-RUS' }, { dyad: 'usa,rus' }, { dyad: '---REB-USA' }, { dyad: 'USA' }, { dyad: '-USA' },
    { code: '190' }, { code: '19*' }, { code: '1' }, { code: '19a' },
    { root: '4' }, { root: '04' }, { root: '20' }, { root: '21' }, { root: '0' },
    { quad: '1' }, { quad: '4' }, { quad: '5' }, { quad: '1.0' },
    { from: '2022' }, { from: '2022-07' }, { from: '2022-07-18' }, { from: '2022-13' }, { to: '2022-02-30' }, { to: 'July' },
    { minConfidence: '0.8' }, { minConfidence: '1' }, { minConfidence: '.5' }, { minConfidence: '1.5' }, { minConfidence: '-1' },
    { text: 'ceasefire talks' }, { includeNegated: 'true' },
    { actor: 'US A' }, { actor: 'USA;DROP' },
  ])('%j', (query) => {
    expect(api(query)).toEqual(cli(query));
  });
});
