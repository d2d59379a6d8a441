/** Rules for the county's structure: a municipality belongs to one group of each kind; every
 * sub-region has a page address. */
import type { Entry } from '../entries.ts';
import { error, type Issue } from '../issues.ts';

/** What a rule builds before it is marked an error. */
type Found = Omit<Issue, 'severity'>;
import type { Organisation } from '../../schemas/organisation.ts';
import { kommunalforbundOf, knownAreas, subRegionsOf } from '../county.ts';
import type { ContentSet } from '../entries.ts';
import { didYouMean } from '../suggest.ts';

function listedTwice(groups: Entry<Organisation>[], what: string): Found[] {
  const issues: Found[] = [];
  const firstGroup = new Map<string, Entry<Organisation>>();
  for (const group of groups) {
    for (const name of group.data.municipalities) {
      const earlier = firstGroup.get(name);
      if (!earlier) firstGroup.set(name, group);
      else issues.push({
        code: 'municipality-in-two-groups', file: group.filePath, field: 'municipalities', value: name,
        message: `Kommunen \`${name}\` står i \`municipalities\` både här och i \`${earlier.filePath}\`. En kommun hör till ${what}. Ta bort den där den inte hör hemma.`,
      });
    }
  }
  return issues;
}

export function countyIssues(orgs: readonly Entry<Organisation>[]): Issue[] {
  const groups = subRegionsOf(orgs);
  const withoutSlug: Found[] = groups.filter((g) => !g.data.slug).map((g) => ({
    code: 'sub-region-without-slug', file: g.filePath, field: 'slug',
    message: `Delregionen \`${g.data.name}\` får en egen sida, men fältet \`slug\` (sidans adress, \`/delregioner/<slug>/\`) saknas. Lägg till det, t.ex. \`slug: fyrbodal\`.`,
  }));
  return [
    ...listedTwice(groups, 'en enda vårdsamverkansgrupp'),
    ...listedTwice(kommunalforbundOf(orgs), 'ett enda kommunalförbund'),
    ...withoutSlug,
  ].map(error);
}

/** Local work names its area as the site names it, so it shows on the right sub-region page. */
export function localWorkIssues(content: Pick<ContentSet, 'localWork' | 'organisations'>): Issue[] {
  const areas = knownAreas(content.organisations);
  return content.localWork
    .filter((w) => !areas.includes(w.data.area))
    .map((w): Found => ({
      code: 'unknown-area', file: w.filePath, field: 'area', value: w.data.area,
      message: `Området \`${w.data.area}\` i fältet \`area\` är okänt. Skriv \`Västra Götaland\`, en kommun eller en delregion, som de heter på webbplatsen.${didYouMean(w.data.area, areas)}`,
    }))
    .map(error);
}
