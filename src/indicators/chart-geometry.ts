/**
 * Positions for the server-rendered indicator charts, from d3-scale and d3-shape (well-kept
 * libraries for scales, ticks and line paths rather than our own chart maths). Pure: the Astro
 * component only draws what this returns, so no JavaScript reaches the browser.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorValue } from './indicator-data.ts';

// Narrow view boxes, so the labels stay readable when a phone scales the chart down.
export const TREND = { width: 480, height: 270, top: 28, right: 16, bottom: 36, left: 48 } as const;

export interface TrendGeometry {
  path: string;
  points: { x: number; y: number; value: IndicatorValue }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; year: number }[];
  target: { y: number; value: number } | undefined;
  plot: { left: number; right: number; top: number; bottom: number };
}

/** The county's trend: years across, values up, with a line for the target if there is one. */
export function trendGeometry(series: readonly IndicatorValue[], target?: number): TrendGeometry {
  const { width, height, top, right, bottom, left } = TREND;
  const years = series.map((v) => v.year);
  const all = [...series.map((v) => v.value), ...(target === undefined ? [] : [target])];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const x = scaleLinear().domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear]).range([left, width - right]);
  const y = scaleLinear().domain([Math.min(0, ...all), Math.max(...all)]).nice().range([height - bottom, top]);
  const points = series.map((value) => ({ x: x(value.year), y: y(value.value), value }));
  const path = line<(typeof points)[number]>().x((p) => p.x).y((p) => p.y)(points) ?? '';
  const yearStep = Math.ceil((maxYear - minYear + 1) / 8);
  const xTicks = years.filter((year) => (year - minYear) % yearStep === 0).map((year) => ({ x: x(year), year }));
  return {
    path,
    points,
    yTicks: y.ticks(5).map((value) => ({ y: y(value), value })),
    xTicks,
    target: target === undefined ? undefined : { y: y(target), value: target },
    plot: { left, right: width - right, top, bottom: height - bottom },
  };
}

export const BARS = { width: 420, row: 22, top: 8, bottom: 8, label: 130, valueLabel: 48 } as const;

export interface BarGeometry {
  height: number;
  bars: { y: number; height: number; width: number; labelY: number; value: IndicatorValue }[];
  x0: number;
  county: { x: number; value: number } | undefined;
}

/** One horizontal bar per area, largest first, with the county's value as a reference line. */
export function barGeometry(values: readonly IndicatorValue[], countyValue?: number): BarGeometry {
  const { width, row, top, bottom, label, valueLabel } = BARS;
  const height = top + bottom + row * values.length;
  const max = Math.max(0, ...values.map((v) => v.value), countyValue ?? 0);
  const x = scaleLinear().domain([0, max || 1]).range([label, width - valueLabel]);
  const y = scaleBand<string>().domain(values.map((v) => v.area)).range([top, height - bottom]).padding(0.2);
  const bars = values.map((value) => {
    const barY = y(value.area) ?? 0;
    return { y: barY, height: y.bandwidth(), width: Math.max(0, x(value.value) - label), labelY: barY + y.bandwidth() / 2, value };
  });
  return { height, bars, x0: label, county: countyValue === undefined ? undefined : { x: x(countyValue), value: countyValue } };
}
