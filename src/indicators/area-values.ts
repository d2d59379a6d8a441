/** An indicator's latest values for a set of areas (a sub-region and its municipalities). Pure. */
import type { Entry } from '../plan/entries.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { IndicatorValue } from './indicator-data.ts';

export interface AreaValues {
  indicator: Entry<Indicator>;
  /** The latest value of each area that has one, in the order the areas were given. */
  values: IndicatorValue[];
}

export function latestValuesFor(
  areas: readonly string[],
  indicators: readonly Entry<Indicator>[],
  valuesById: ReadonlyMap<string, IndicatorValue[]>,
): AreaValues[] {
  return indicators.flatMap((indicator) => {
    const all = (valuesById.get(indicator.id) ?? []).filter((v) => v.sex === 'alla');
    const values = areas.flatMap((area) => {
      const ofArea = all.filter((v) => v.area === area);
      return ofArea.length > 0 ? [ofArea.reduce((a, b) => (b.year > a.year ? b : a))] : [];
    });
    return values.length > 0 ? [{ indicator, values }] : [];
  });
}
