/**
 * The golden queries (golden-queries.json) against the real index of the built site, queried
 * the way /sok/ queries it. A query must reach its page(s) within the first results, unless the
 * file records why it does not; such a miss must still miss, so the file never goes stale.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages } from '../helpers/dist.ts';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind.ts';

interface GoldenQuery {
  query: string;
  expect: string[];
  within?: number;
  why?: string;
  miss?: string;
  /** Pages that must not be among the results at all. */
  never?: string[];
}

const golden = JSON.parse(readFileSync(new URL('./golden-queries.json', import.meta.url), 'utf8')) as { queries: GoldenQuery[] };
const distDir = inject('distDir');
let search: SiteSearch;

beforeAll(async () => {
  search = await openSiteSearch(distDir);
});
afterAll(async () => {
  await search?.close();
});

describe('the golden queries file', () => {
  it('has at least 15 queries, each explained, with pages that exist', async () => {
    const pages = await readPages(distDir);
    expect(golden.queries.length).toBeGreaterThanOrEqual(15);
    expect(golden.queries.filter((q) => !q.miss).length).toBeGreaterThanOrEqual(15);
    for (const q of golden.queries) {
      expect(q.why ?? q.miss, q.query).toMatch(/\S{3}/);
      for (const url of [...q.expect, ...(q.never ?? [])]) expect(pages.has(url), `${q.query} → ${url}`).toBe(true);
      if (!q.miss) expect(q.expect.length, q.query).toBeGreaterThan(0);
    }
  });
});

describe('golden queries against the real index', () => {
  for (const q of golden.queries) {
    const within = q.within ?? 3;
    if (!q.miss) {
      it(`"${q.query}" finds ${q.expect.join(' and ')} within the first ${within}`, async () => {
        const top = (await search.urls(q.query)).slice(0, within);
        for (const url of q.expect) expect(top, `"${q.query}" gave ${top.join(', ') || 'nothing'}`).toContain(url);
      });
    } else {
      it(`"${q.query}" still misses, as the file explains`, async () => {
        const results = await search.urls(q.query);
        const top = results.slice(0, within);
        const hint = `"${q.query}" now gives ${top.join(', ') || 'nothing'}: update golden-queries.json (drop \`miss\`).`;
        if (q.expect.length === 0) expect(results, hint).toEqual([]);
        else expect(q.expect.every((url) => top.includes(url)), hint).toBe(false);
      });
    }
    const never = q.never ?? [];
    if (never.length > 0) {
      it(`"${q.query}" never finds ${never.join(' or ')}`, async () => {
        const results = await search.urls(q.query);
        for (const url of never) expect(results, `"${q.query}" gave ${results.join(', ')}`).not.toContain(url);
      });
    }
  }
});
