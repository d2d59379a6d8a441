import { describe, expect, it } from 'vitest';
import { median, medianOf, ratio } from '../../../scripts/lib/bench/stats.ts';

describe('bench statistics', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('has no median for no values', () => {
    expect(median([])).toBeUndefined();
  });

  it('skips runs where a stage was not seen', () => {
    const runs = [{ ms: 10 }, { ms: undefined }, { ms: 30 }, { ms: 20 }];
    expect(medianOf(runs, (r) => r.ms)).toBe(20);
  });

  it('gives no ratio when a figure is missing or the divisor is zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
  });
});
