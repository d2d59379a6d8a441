/**
 * Promise: the search page and the tests that query the index ask Pagefind the same way, with a
 * goal's number weighing most, then the editors' search words, then running text; and only the
 * filters a reader chose reach Pagefind.
 */
import { describe, expect, it } from 'vitest';
import { META, PAGEFIND_OPTIONS, pagefindFilters, RANKING } from '../../src/search/contract.ts';

describe('Pagefind options', () => {
  it('weigh a goal number above a search word, and both above running text (weight 1)', () => {
    const weights = RANKING.metaWeights;
    expect(weights[META.goalCode]).toBeGreaterThan(weights[META.keywords]);
    expect(weights[META.keywords]).toBeGreaterThan(1);
  });

  it('pass that ranking and a short excerpt to the browser API', () => {
    expect(PAGEFIND_OPTIONS.ranking).toBe(RANKING);
    expect(PAGEFIND_OPTIONS.excerptLength).toBeGreaterThan(10);
    expect(PAGEFIND_OPTIONS.excerptLength).toBeLessThanOrEqual(30);
  });
});

describe('pagefindFilters', () => {
  it('keeps each chosen filter and drops the ones left at "all"', () => {
    expect(pagefindFilters({ typ: 'mål', målgrupp: '', fokusområde: '3' })).toEqual({ typ: 'mål', fokusområde: '3' });
    expect(pagefindFilters({})).toEqual({});
  });
});
