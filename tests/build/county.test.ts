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
    // A dash on screen, "Inte känt" for screen readers, and the group that stands in for it.
    expect(group!.querySelector('[aria-hidden="true"]')?.text).toBe('–');
    expect(group!.querySelector('.visually-hidden')?.text).toBe('Inte känt');
    expect(group!.text.replace(/\s+/g, ' ').trim()).toBe('–Inte känt (se Vårdsamverkan Skaraborg)');
    expect(kf!.text.trim()).toBe('Skaraborgs kommunalförbund');
  });

  it('says once, above the table, what a dash means, instead of "Inte känt" in every cell it applies to', () => {
    const page = pages.get('/kommuner/')!;
    const unknownCells = rows().flatMap((row) => row.querySelectorAll('td')).filter((td) => td.querySelector('.visually-hidden'));
    expect(unknownCells.length).toBeGreaterThan(0);
    for (const td of unknownCells) expect(td.querySelector('[aria-hidden="true"]')?.text).toBe('–');
    const note = page.querySelectorAll('main p').filter((p) => p.text.includes('Ett streck (–)'));
    expect(note).toHaveLength(1);
    expect(page.querySelector('main')!.text.match(/Inte känt/g)?.length).toBe(unknownCells.length);
    expect(page.querySelectorAll('main .visually-hidden').length).toBe(unknownCells.length);
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

describe('local and sub-regional work', () => {
  const titles = (url: string, section: string) =>
    pages.get(url)!.querySelectorAll(`section[aria-labelledby="${section}"] .local-work .card__title`).map((h) => h.text);

  it('is listed on goal pages under "Så arbetar man med målet i länet" when it carries out the whole plan', () => {
    const heading = pages.get('/mal/vuxna/3-2/')!.querySelector('#i-lanet');
    expect(heading?.text).toBe('Så arbetar man med målet i länet');
    expect(titles('/mal/vuxna/3-2/', 'i-lanet')).toEqual(expect.arrayContaining(['Handlingsplan psykisk hälsa 2018–2020 i Lidköping']));
  });

  it('shows on its sub-region\'s page, found through the municipality or the kommunalförbund', () => {
    expect(titles('/delregioner/skaraborg/', 'lokalt')).toEqual(expect.arrayContaining([
      'Handlingsplan psykisk hälsa 2018–2020 i Lidköping',
      'En plan mot suicid i varje kommun i Skaraborg',
      'Riktlinje för suicidprevention i Vara',
    ]));
    expect(titles('/delregioner/sodra-alvsborg/', 'lokalt')).toEqual(expect.arrayContaining(['Suicidprevention Sjuhärad', 'Stödgrupper för efterlevande i Borås']));
    expect(titles('/delregioner/simba/', 'lokalt')).toEqual([]);
  });

  it('on suicide prevention is gathered on /suicidprevention/, with the plan\'s six areas', () => {
    const page = pages.get('/suicidprevention/')!;
    expect(page.querySelector('h1')?.text).toBe('Handlingsplan för suicidprevention 2020–2025');
    const areas = page.querySelectorAll('h2').find((h) => h.text === 'Planens sex områden')?.nextElementSibling?.nextElementSibling;
    expect(areas?.querySelectorAll('li')).toHaveLength(6);
    expect(titles('/suicidprevention/', 'lokalt')).toHaveLength(7);
    expect(hrefsIn(page)).toEqual(expect.arrayContaining(['/mal/', '/kommuner/', '/delregioner/sodra-alvsborg/']));
  });
});
