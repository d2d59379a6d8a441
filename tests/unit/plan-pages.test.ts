/**
 * A promise about addresses: an entry that lists its own address among its old ones clashes
 * with no other page.
 */
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

describe('an address listed twice by one entry', () => {
  it('is no clash between two pages', () => {
    const content = makePlan();
    content.indicators[0] = makeEntry('indicators', 'en-indikator', { redirectFrom: ['/indikatorer/en-indikator/'] });
    expect(validatePlan(content).filter((issue) => issue.code === 'duplicate-url')).toEqual([]);
  });
});
