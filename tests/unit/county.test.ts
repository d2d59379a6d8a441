import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import type { Entry } from '../../src/plan/entries.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';
import { knownAreas, membersOfSubRegion, municipalitiesOf } from '../../src/plan/county.ts';
import { countyIssues } from '../../src/plan/rules/county.ts';
import { readContentFiles, validateContentFiles } from '../../src/check/read-content.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const org = (id: string, data: Record<string, unknown>): Entry<Organisation> => ({
  id, filePath: `content/organisationer/${id}.md`,
  data: COLLECTIONS.organisations.schema.parse({ sources: [{ title: 'Testkälla' }], ...data }),
});

describe('the county derived from the organisations', () => {
  const kf = org('kf', { name: 'Förbund A', kind: 'kommunalförbund', municipalities: ['Ett', 'Två'] });
  const groupB = org('b', { name: 'Grupp B', kind: 'delregional-vårdsamverkan', slug: 'b', municipalities: ['Två', 'Tre'] });
  const groupC = org('c', { name: 'Grupp C', kind: 'delregional-vårdsamverkan', slug: 'c', membersFrom: 'kf' });

  it('lists each municipality once, with its kommunalförbund and vårdsamverkan group, which need not nest', () => {
    const list = municipalitiesOf([kf, groupB, groupC]);
    expect(list.map((m) => [m.name, m.kommunalforbund?.id, m.subRegion?.id])).toEqual([
      ['Ett', 'kf', undefined],
      ['Tre', undefined, 'b'],
      ['Två', 'kf', 'b'],
    ]);
  });

  it('lets a group without a known member list show its kommunalförbund\'s members, saying via which', () => {
    expect(membersOfSubRegion(groupC, [kf, groupB, groupC])).toMatchObject({ names: ['Ett', 'Två'], via: { id: 'kf' } });
    expect(membersOfSubRegion(groupB, [kf, groupB, groupC])).toEqual({ names: ['Två', 'Tre'], via: undefined });
  });

  it('knows the county, the sub-regions, the kommunalförbund and the municipalities as areas', () => {
    expect(knownAreas([kf, groupB])).toEqual(['Västra Götaland', 'Grupp B', 'Förbund A', 'Ett', 'Tre', 'Två']);
  });

  it('refuses a municipality in two groups of one kind, and a sub-region without a page address', () => {
    const twice = org('d', { name: 'Grupp D', kind: 'delregional-vårdsamverkan', municipalities: ['Tre'] });
    expect(countyIssues([kf, groupB, twice]).map((i) => [i.code, i.file, i.value])).toEqual([
      ['municipality-in-two-groups', 'content/organisationer/d.md', 'Tre'],
      ['sub-region-without-slug', 'content/organisationer/d.md', undefined],
    ]);
  });
});

describe('the real county', async () => {
  const { files } = await readContentFiles(`${PROJECT_ROOT}/content`, PROJECT_ROOT);
  const { content } = validateContentFiles(files);
  const municipalities = municipalitiesOf(content.organisations);

  it('has the 49 municipalities, each in one sub-region or in Skaraborg\'s kommunalförbund', () => {
    expect(municipalities).toHaveLength(49);
    for (const m of municipalities) expect(m.subRegion ?? m.kommunalforbund, m.name).toBeDefined();
  });

  it('puts Lilla Edet in Vårdsamverkan Fyrbodal', () => {
    expect(municipalities.find((m) => m.name === 'Lilla Edet')?.subRegion?.data.name).toBe('Vårdsamverkan Fyrbodal');
  });
});
