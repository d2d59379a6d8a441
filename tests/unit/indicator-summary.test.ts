import { describe, expect, it } from 'vitest';
import { barGeometry, trendGeometry } from '../../src/indicators/chart-geometry.ts';
import type { IndicatorValue } from '../../src/indicators/indicator-data.ts';
import { compareAreas, formatNumber, latestByArea, progressLine, progressOf, trendSentence } from '../../src/indicators/indicator-summary.ts';

const county = (year: number, value: number): IndicatorValue => ({ year, value, area: 'Västra Götaland', sex: 'alla' });
const local = (year: number, value: number, area: string): IndicatorValue => ({ year, value, area, sex: 'alla' });
const rising = [county(2018, 12.5), county(2020, 20), county(2022, 31.5)];

describe('what the values say in words', () => {
  it('writes numbers the Swedish way: decimal comma, space between thousands', () => {
    expect(formatNumber(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber(-3.25)).toBe('\u22123,25');
  });

  it('says how the county trend moved, from first to last year', () => {
    expect(trendSentence(rising, 'procent')).toBe('Andelen har ökat från 12,5 procent 2018 till 31,5 procent 2022.');
    expect(trendSentence([county(2018, 9), county(2022, 4)], 'antal kommuner')).toBe('Värdet har minskat från 9 antal kommuner 2018 till 4 antal kommuner 2022.');
    expect(trendSentence([county(2018, 9)], 'procent')).toBe('Andelen var 9 procent 2018.');
    expect(trendSentence([], 'procent')).toBeUndefined();
  });

  it('judges progress in the direction the indicator calls better, against baseline and target', () => {
    const better = { unit: 'procent', baselineYear: 2018, betterDirection: 'högre' as const, target: { value: 40, year: 2025 } };
    expect(progressOf(better, rising)).toMatchObject({ progress: 'bättre', targetReached: false });
    expect(progressOf(better, rising)!.text).toBe(
      'Senaste värdet för länet är 31,5 procent (2022). Det är bättre jämfört med 12,5 procent 2018: ett högre värde är bättre. Målet är 40 procent till 2025. Det återstår 8,5 procentenheter.',
    );
    const lower = { ...better, betterDirection: 'lägre' as const, target: { value: 30 } };
    expect(progressOf(lower, rising)).toMatchObject({ progress: 'sämre', targetReached: false });
    expect(progressOf({ unit: 'procent' }, rising)).toMatchObject({ progress: 'okänd riktning', targetReached: undefined });
  });

  it('gives a short line for lists, and nothing without county values', () => {
    expect(progressLine({ unit: 'procent', betterDirection: 'högre' }, rising)).toBe('Senast 31,5 procent (2022), bättre än 2018.');
    expect(progressLine({ unit: 'procent' }, [local(2022, 3, 'Borås')])).toBeUndefined();
  });

  it('takes the latest year that has area values, largest first', () => {
    const values = [...rising, local(2020, 5, 'Borås'), local(2022, 7, 'Borås'), local(2022, 9, 'Mark')];
    expect(latestByArea(values)).toEqual({ year: 2022, values: [local(2022, 9, 'Mark'), local(2022, 7, 'Borås')] });
    expect(latestByArea(rising)).toBeUndefined();
  });
});

describe('the order of areas in the value table', () => {
  it('puts the county first, then sorts names the Swedish way with numbers by value', () => {
    const areas = ['Testkommun 10', 'Åmål', 'Västra Götaland', 'Testkommun 2', 'Ale', 'Öckerö', 'Vänersborg'];
    expect(areas.sort(compareAreas)).toEqual(['Västra Götaland', 'Ale', 'Testkommun 2', 'Testkommun 10', 'Vänersborg', 'Åmål', 'Öckerö']);
  });
});

describe('chart geometry', () => {
  it('draws the trend left to right in year order, higher values higher up, the target as a line', () => {
    const g = trendGeometry(rising, 40);
    const xs = g.points.map((p) => p.x);
    const ys = g.points.map((p) => p.y);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(ys[0]).toBeGreaterThan(ys[2]!);
    expect(g.target!.y).toBeLessThan(ys[2]!);
    expect(g.path.startsWith('M')).toBe(true);
    expect(g.yTicks.some((t) => t.value === 0)).toBe(true);
  });

  it('gives one bar per area, longer for larger values', () => {
    const g = barGeometry([local(2022, 9, 'Mark'), local(2022, 3, 'Borås')], 6);
    expect(g.bars).toHaveLength(2);
    expect(g.bars[0]!.width).toBeCloseTo(g.bars[1]!.width * 3, 5);
    expect(g.county!.x).toBeGreaterThan(g.x0);
  });
});
