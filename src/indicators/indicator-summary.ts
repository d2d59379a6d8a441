/**
 * What an indicator's values say, in words and in the shapes the chart needs: the county's trend,
 * the latest year by area, and progress against the baseline and the target in the direction the
 * indicator calls better. Pure, so the sentences are pinned by unit tests.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { COUNTY_NAME } from '../plan/county.ts';
import type { IndicatorValue } from './indicator-data.ts';

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** Swedish number format: decimal comma, a (no-break) space between thousands, minus sign. */
export const formatNumber = (value: number) => NUMBER.format(value);

/** "12,5 procent", "1 234 personer". */
export const formatValue = (value: number, unit: string | undefined) => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));

/** The county's values for everyone, oldest first: the trend line. */
export const countySeries = (values: readonly IndicatorValue[]) =>
  values.filter((v) => v.area === COUNTY_NAME && v.sex === 'alla').sort((a, b) => a.year - b.year);

/** The latest year that has values for areas other than the county, with those values, largest first. */
export function latestByArea(values: readonly IndicatorValue[]): { year: number; values: IndicatorValue[] } | undefined {
  const local = values.filter((v) => v.area !== COUNTY_NAME && v.sex === 'alla');
  if (local.length === 0) return undefined;
  const year = Math.max(...local.map((v) => v.year));
  const ofYear = local.filter((v) => v.year === year).sort((a, b) => b.value - a.value || a.area.localeCompare(b.area, 'sv'));
  return { year, values: ofYear };
}

/** Area names in table order: the county first, then the others as Swedish readers sort them ("Testkommun 2" before "Testkommun 10"). */
const AREA_ORDER = new Intl.Collator('sv', { numeric: true });
export const compareAreas = (a: string, b: string) => (a === COUNTY_NAME ? -1 : b === COUNTY_NAME ? 1 : AREA_ORDER.compare(a, b));

/** The values of one area, oldest first. */
export const seriesOf = (values: readonly IndicatorValue[], area: string) =>
  values.filter((v) => v.area === area && v.sex === 'alla').sort((a, b) => a.year - b.year);

const subjectOf = (unit: string | undefined) => (unit === 'procent' ? 'Andelen' : 'Värdet');

/** "Andelen har ökat från 12,5 procent 2018 till 31,5 procent 2022." */
export function trendSentence(series: readonly IndicatorValue[], unit: string | undefined, place = ''): string | undefined {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return undefined;
  const where = place ? ` i ${place}` : '';
  if (first === last) return `${subjectOf(unit)}${where} var ${formatValue(first.value, unit)} ${first.year}.`;
  const verb = last.value > first.value ? 'ökat' : last.value < first.value ? 'minskat' : 'varit oförändrat';
  return last.value === first.value
    ? `${subjectOf(unit)}${where} har ${verb}, ${formatValue(first.value, unit)}, från ${first.year} till ${last.year}.`
    : `${subjectOf(unit)}${where} har ${verb} från ${formatValue(first.value, unit)} ${first.year} till ${formatValue(last.value, unit)} ${last.year}.`;
}

export type Progress = 'bättre' | 'sämre' | 'oförändrat' | 'okänd riktning';

export interface ProgressSummary {
  latest: IndicatorValue;
  baseline: IndicatorValue | undefined;
  /** Compared with the baseline, in the indicator's better direction. */
  progress: Progress | undefined;
  targetReached: boolean | undefined;
  /** One or two sentences for readers. */
  text: string;
}

type Follow = Pick<Indicator, 'unit' | 'baselineYear' | 'betterDirection' | 'target'>;

/** Progress for the county: the latest value against the baseline and the target. */
export function progressOf(indicator: Follow, values: readonly IndicatorValue[]): ProgressSummary | undefined {
  const series = countySeries(values);
  const latest = series.at(-1);
  if (!latest) return undefined;
  const { unit, betterDirection, target } = indicator;
  const baseline = series.find((v) => v.year === (indicator.baselineYear ?? series[0]?.year));
  const sentences = [`Senaste värdet för länet är ${formatValue(latest.value, unit)} (${latest.year}).`];
  let progress: Progress | undefined;
  if (baseline && baseline !== latest) {
    const change = latest.value - baseline.value;
    const better = betterDirection === 'lägre' ? change < 0 : change > 0;
    progress = change === 0 ? 'oförändrat' : betterDirection ? (better ? 'bättre' : 'sämre') : 'okänd riktning';
    const compared = `jämfört med ${formatValue(baseline.value, unit)} ${baseline.year}`;
    sentences.push(
      progress === 'oförändrat' ? `Det är lika mycket som ${baseline.year}.`
        : progress === 'okänd riktning' ? `Det är ${change > 0 ? 'högre' : 'lägre'} ${compared}.`
          : `Det är ${progress} ${compared}: ett ${betterDirection} värde är bättre.`,
    );
  }
  let targetReached: boolean | undefined;
  if (target && betterDirection) {
    targetReached = betterDirection === 'högre' ? latest.value >= target.value : latest.value <= target.value;
    const by = target.year ? ` till ${target.year}` : '';
    sentences.push(`Målet är ${formatValue(target.value, unit)}${by}. ${targetReached ? 'Det är nått.' : `Det återstår ${formatValue(Math.abs(target.value - latest.value), unit === 'procent' ? 'procentenheter' : unit)}.`}`);
  }
  return { latest, baseline, progress, targetReached, text: sentences.join(' ') };
}

const PROGRESS_WORDS: Record<Progress, (year: number) => string> = {
  bättre: (year) => `bättre än ${year}`,
  sämre: (year) => `sämre än ${year}`,
  oförändrat: (year) => `samma som ${year}`,
  'okänd riktning': (year) => `ändrat sedan ${year}`,
};

/** For lists: "Senast 33,8 procent (2024), bättre än 2015." Nothing when there are no county values. */
export function progressLine(indicator: Follow, values: readonly IndicatorValue[]): string | undefined {
  const summary = progressOf(indicator, values);
  if (!summary) return undefined;
  const { latest, baseline, progress } = summary;
  const direction = progress && baseline ? `, ${PROGRESS_WORDS[progress](baseline.year)}` : '';
  return `Senast ${formatValue(latest.value, indicator.unit)} (${latest.year})${direction}.`;
}
