/** The county pages of the real site: Hitta din kommun and one page per sub-region. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { hrefsIn, readPages } from '../helpers/dist.ts';

let pages: Map<string, HTMLElement>;
const distDir = inject('distDir');
const SUB_REGIONS = ['fyrbodal', 'goteborgsomradet', 'samla', 'simba', 'skaraborg', 'sodra-alvsborg'];

beforeAll(async () => {
  pages = await readPages(distDir);
});

describe('Hitta din kommun', () => {
  const rows = () => pages.get('/kommuner/')!.querySelectorAll('table.municipality-table tbody tr');

  it('lists all 49 municipalities, each row with its own anchor', () => {
    expect(rows()).toHaveLength(49);
    expect(rows().map((row) => row.id)).toContain('lilla-edet');
  });

  it('links every municipality to a sub-region page that exists', () => {
    for (const row of rows()) {
      const link = row.querySelectorAll('td')[0]!.querySelector('a')?.getAttribute('href');
      expect(link, row.querySelector('th')?.text).toMatch(/^\/delregioner\/[a-z-]+\/$/);
      expect(pages.has(link!), link).toBe(true);
    }
  });

  it('says the sub-region is not known for Skaraborg\'s municipalities, and shows their kommunalförbund', () => {
    const lidkoping = rows().find((row) => row.id === 'lidkoping')!;
    const [group, kf] = lidkoping.querySelectorAll('td');
    expect(group!.text).toMatch(/^Inte känt\. Se Vårdsamverkan Skaraborg\.$/);
    expect(kf!.text.trim()).toBe('Skaraborgs kommunalförbund');
  });

  it('is linked from every page\'s footer', () => {
    expect(hrefsIn(pages.get('/')!, 'footer')).toContain('/kommuner/');
  });
});

describe('the sub-region pages', () => {
  it('exist for the six vårdsamverkan groups', () => {
    expect([...pages.keys()].filter((url) => url.startsWith('/delregioner/')).sort()).toEqual(SUB_REGIONS.map((s) => `/delregioner/${s}/`));
  });

  it('list their municipalities, linking back to Hitta din kommun', () => {
    const links = hrefsIn(pages.get('/delregioner/fyrbodal/')!, '.municipality-list');
    expect(links).toHaveLength(15);
    expect(links).toContain('/kommuner/#lilla-edet');
    expect(hrefsIn(pages.get('/delregioner/samla/')!, '.municipality-list')).toEqual(['/kommuner/#alingsas', '/kommuner/#lerum']);
  });

  it('say where the member list comes from when the group\'s own is not known', () => {
    const skaraborg = pages.get('/delregioner/skaraborg/')!;
    expect(skaraborg.querySelector('#kommuner ~ p, section[aria-labelledby="kommuner"] p')?.text).toMatch(/är inte känt\. Listan visar de 15 kommunerna i Skaraborgs kommunalförbund\./);
    expect(skaraborg.querySelectorAll('.municipality-list li')).toHaveLength(15);
  });

  it('say once that there are no values, since the sources give none', () => {
    const section = pages.get('/delregioner/fyrbodal/')!.querySelector('section[aria-labelledby="varden"]')!;
    expect(section.querySelectorAll('p').map((p) => p.text)).toEqual(['Här finns inga siffror för delregionen eller dess kommuner.']);
  });

  it('show the group\'s contact roles', () => {
    expect(pages.get('/delregioner/fyrbodal/')!.querySelectorAll('.contact-card').length).toBeGreaterThan(0);
  });
});
