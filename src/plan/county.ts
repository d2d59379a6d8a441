/**
 * The county's structure, derived from the organisations: who belongs to which kommunalförbund
 * and which sub-regional vårdsamverkan group. Membership is written once, in each organisation's
 * `municipalities` list; the municipalities are the union of those lists. The two structures do
 * not nest (Lilla Edet is in Vårdsamverkan Fyrbodal but in GR's kommunalförbund). Pure.
 */
import type { Entry } from './entries.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { slugify } from './urls.ts';

/** The area name for values that concern the whole county. */
export const COUNTY_NAME = 'Västra Götaland';

export interface Municipality {
  name: string;
  /** Anchor on `/kommuner/`, e.g. `lilla-edet`. */
  slug: string;
  kommunalforbund: Entry<Organisation> | undefined;
  /** The vårdsamverkan group; unknown when no source lists the group's members. */
  subRegion: Entry<Organisation> | undefined;
}

const isCurrent = (org: Entry<Organisation>) => org.data.status === 'gällande';
const ofKind = (orgs: readonly Entry<Organisation>[], kind: Organisation['kind']) =>
  orgs.filter((org) => org.data.kind === kind && isCurrent(org));

export const subRegionsOf = (orgs: readonly Entry<Organisation>[]) =>
  ofKind(orgs, 'delregional-vårdsamverkan').sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv'));

export const kommunalforbundOf = (orgs: readonly Entry<Organisation>[]) =>
  ofKind(orgs, 'kommunalförbund').sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv'));

/** Every municipality some organisation lists, alphabetically, with where it belongs. */
export function municipalitiesOf(orgs: readonly Entry<Organisation>[]): Municipality[] {
  const kfs = kommunalforbundOf(orgs);
  const groups = subRegionsOf(orgs);
  const names = new Set([...kfs, ...groups].flatMap((org) => org.data.municipalities));
  return [...names]
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .map((name) => ({
      name,
      slug: slugify(name),
      kommunalforbund: kfs.find((org) => org.data.municipalities.includes(name)),
      subRegion: groups.find((org) => org.data.municipalities.includes(name)),
    }));
}

/**
 * The municipalities a sub-region page lists. Where no source lists a group's members, the
 * members of the kommunalförbund it shares its name with stand in, said so on the page.
 */
export function membersOfSubRegion(group: Entry<Organisation>, orgs: readonly Entry<Organisation>[]) {
  if (group.data.municipalities.length > 0) return { names: group.data.municipalities, via: undefined };
  const via = group.data.membersFrom ? orgs.find((org) => org.id === group.data.membersFrom) : undefined;
  return { names: via?.data.municipalities ?? [], via };
}

/** Names an indicator CSV (`område`) or local work (`area`) may use. */
export function knownAreas(orgs: readonly Entry<Organisation>[]): string[] {
  const groups = [...subRegionsOf(orgs), ...kommunalforbundOf(orgs)].map((org) => org.data.name);
  return [COUNTY_NAME, ...groups, ...municipalitiesOf(orgs).map((m) => m.name)];
}

export const subRegionUrl = (org: Pick<Organisation, 'slug'>) => `/delregioner/${org.slug}/`;
export const MUNICIPALITIES_URL = '/kommuner/';
export const municipalityUrl = (m: Pick<Municipality, 'slug'>) => `${MUNICIPALITIES_URL}#${m.slug}`;
