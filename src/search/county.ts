/**
 * Search data for the county pages. A sub-region page carries its municipalities' names as
 * search words, which weigh more than running text, so typing a municipality's name lists the
 * sub-region it belongs to first (checked by the golden queries).
 */
import type { Entry } from '../plan/entries.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { PageSearchData } from './index-data.ts';

export function subRegionSearchData(group: Entry<Organisation>, municipalities: readonly string[]): PageSearchData {
  const keywords = [...(group.data.abbreviation ? [group.data.abbreviation] : []), ...municipalities];
  return { type: 'delregion', focusAreas: [], targetGroups: [], keywords };
}
