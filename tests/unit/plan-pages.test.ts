/**
 * Two promises about addresses that only templates use: a goal topic links to a page that
 * exists, and an entry that lists its own address among its old ones clashes with no other page.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_TOPIC_PAGES } from '../../src/plan/local-work-topics.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { STANDALONE_PAGES } from '../../src/plan/standalone-pages.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

describe('goal topics without a published goal', () => {
  it('link to a standalone page, named as readers know it', () => {
    expect(GOAL_TOPIC_PAGES).toEqual({ suicidprevention: { url: '/suicidprevention/', label: 'Nollvisionen för suicid' } });
    for (const { url } of Object.values(GOAL_TOPIC_PAGES)) expect(STANDALONE_PAGES.map((id) => `/${id}/`)).toContain(url);
  });
});

describe('an address listed twice by one entry', () => {
  it('is no clash between two pages', () => {
    const content = makePlan();
    content.indicators[0] = makeEntry('indicators', 'en-indikator', { redirectFrom: ['/indikatorer/en-indikator/'] });
    expect(validatePlan(content).filter((issue) => issue.code === 'duplicate-url')).toEqual([]);
  });
});
