/**
 * What an editor reads for each of the plan's rules (`validatePlan`): the code, the file and
 * field to change, the value that is wrong, and the Swedish sentence that says what to do. One
 * small broken plan per rule, each built inside its test.
 */
import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/plan/entries.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

/** The problems of `makePlan()` after `change`, without the severity unless asked. */
function problemsAfter(change: (content: ContentSet) => void) {
  const content = makePlan();
  change(content);
  return validatePlan(content);
}

describe('a dangling reference names the collection the id should be in', () => {
  it.each([
    ['indicators', 'goals', 0, { indicators: ['en-indikator', 'saknas'] }, 'ingen indikator', 'indikatorer'],
    ['goals', 'assignments', 0, { goals: ['vuxna-3-2', 'saknas'] }, 'inget mål', 'mal'],
    ['decidedBy', 'assignments', 0, { decidedBy: 'saknas' }, 'ingen organisation', 'organisationer'],
    ['assignments', 'contacts', 0, { assignments: ['saknas'] }, 'ingen uppdragshandling', 'uppdrag'],
  ] as const)('`%s` in %s', (field, collection, index, overrides, none, folder) => {
    const issues = problemsAfter((content) => {
      const entry = content[collection][index]!;
      content[collection][index] = makeEntry(collection, entry.id, { ...(collection === 'goals' ? { counterpart: 'barn-och-unga-3-2' } : {}), ...overrides }) as never;
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'dangling-reference', file: content(collection, index), field, value: 'saknas',
        message: `Fältet \`${field}\` pekar på \`saknas\`, men det finns ${none} med det id:t (filen \`content/${folder}/saknas.md\` saknas). Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.`,
      },
    ]);
  });

  it('`replacedBy` of a withdrawn focus area, with the closest id as a suggestion', () => {
    const issues = problemsAfter((content) => {
      content.focusAreas.push(makeEntry('focusAreas', 'gammalt', { number: 4, slug: 'gammalt', status: 'utgått', replacedBy: 'delaktighe' }));
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'dangling-reference', file: 'content/fokusomraden/gammalt.md', field: 'replacedBy', value: 'delaktighe',
        message: 'Fältet `replacedBy` pekar på `delaktighe`, men det finns inget fokusområde med det id:t (filen `content/fokusomraden/delaktighe.md` saknas). Menade du `delaktighet`? Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.',
      },
    ]);
  });
});

function content(collection: keyof ContentSet, index: number): string {
  return makePlan()[collection][index]!.filePath;
}

describe('focus areas and goals', () => {
  it('a second focus area with the same number', () => {
    const issues = problemsAfter((c) => c.focusAreas.push(makeEntry('focusAreas', 'kopia', { slug: 'kopia' })));
    expect(issues).toEqual([
      {
        severity: 'error', code: 'duplicate-focus-area', file: 'content/fokusomraden/kopia.md', field: 'number', value: '3',
        message: 'Fokusområde nummer 3 finns redan i `content/fokusomraden/delaktighet.md`. Fältet `number` måste vara unikt.',
      },
    ]);
  });

  it('a goal whose focus area does not exist', () => {
    const issues = problemsAfter((c) => c.goals.push(makeEntry('goals', 'vuxna-5-1', { focusArea: 5, number: 1, indicators: ['en-indikator'] })));
    expect(issues).toEqual([
      {
        severity: 'error', code: 'missing-focus-area', file: 'content/mal/vuxna-5-1.md', field: 'focusArea', value: '5',
        message: 'Fältet `focusArea` anger fokusområde 5, men inget fokusområde har det numret. Ange numret på ett befintligt fokusområde (1–5).',
      },
    ]);
  });

  it('two goals with the same number and target group, and not for different target groups', () => {
    const issues = problemsAfter((c) => c.goals.push(makeEntry('goals', 'vuxna-3-2-kopia', { indicators: ['en-indikator'], redirectFrom: [] })));
    expect(issues.filter((i) => i.code === 'duplicate-goal')).toEqual([
      {
        severity: 'error', code: 'duplicate-goal', file: 'content/mal/vuxna-3-2-kopia.md', field: 'number', value: 'Mål 3:2 för vuxna',
        message: 'Mål 3:2 för vuxna finns redan i `content/mal/vuxna-3-2.md`. Två mål kan inte ha samma nummer (`focusArea`, `number`) och målgrupp (`targetGroup`). Ändra numret i en av filerna.',
      },
    ]);
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('a counterpart that does not point back', () => {
    const issues = problemsAfter((c) => {
      c.goals[1] = makeEntry('goals', 'barn-och-unga-3-2', { targetGroup: 'barn-och-unga', indicators: ['en-indikator'] });
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'counterpart-not-mutual', file: 'content/mal/vuxna-3-2.md', field: 'counterpart', value: 'barn-och-unga-3-2',
        message: 'Fältet `counterpart` pekar på `barn-och-unga-3-2`, men det målet pekar inte tillbaka hit. Motsvarande mål ska vara ett mål för barn och unga med `counterpart: vuxna-3-2` i `content/mal/barn-och-unga-3-2.md`.',
      },
    ]);
  });

  it('a counterpart for the same target group, from either group', () => {
    const issues = problemsAfter((c) => {
      c.goals = [
        makeEntry('goals', 'barn-och-unga-3-1', { targetGroup: 'barn-och-unga', number: 1, indicators: ['en-indikator'], counterpart: 'barn-och-unga-3-2' }),
        makeEntry('goals', 'barn-och-unga-3-2', { targetGroup: 'barn-och-unga', indicators: ['en-indikator'], counterpart: 'barn-och-unga-3-1' }),
      ];
      c.assignments = [];
      c.contacts = [];
      c.localWork = [];
    });
    expect(issues.map((i) => i.message)).toEqual([
      'Fältet `counterpart` pekar på `barn-och-unga-3-2`, men det målet pekar inte tillbaka hit och gäller samma målgrupp. Motsvarande mål ska vara ett mål för vuxna med `counterpart: barn-och-unga-3-1` i `content/mal/barn-och-unga-3-2.md`.',
      'Fältet `counterpart` pekar på `barn-och-unga-3-1`, men det målet pekar inte tillbaka hit och gäller samma målgrupp. Motsvarande mål ska vara ett mål för vuxna med `counterpart: barn-och-unga-3-2` i `content/mal/barn-och-unga-3-1.md`.',
    ]);
  });

  it('a current indicator no goal uses; a withdrawn one may stand alone', () => {
    const issues = problemsAfter((c) => {
      c.indicators.push(makeEntry('indicators', 'ensam', { slug: 'ensam' }));
      c.indicators.push(makeEntry('indicators', 'gammal', { slug: 'gammal', status: 'utgått' }));
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'unused-indicator', file: 'content/indikatorer/ensam.md', field: 'indicators', value: 'ensam',
        message: 'Indikatorn `ensam` används inte av något mål. Lägg till `ensam` i fältet `indicators` hos de mål den följer upp, eller markera den med `status: utgått`.',
      },
    ]);
  });

  it('two pages at one address, naming every field that decides it', () => {
    const issues = problemsAfter((c) => {
      c.goals.push(makeEntry('goals', 'vuxna-3-9', { number: 9, indicators: ['en-indikator'], redirectFrom: ['/mal/vuxna/3-2/'] }));
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'duplicate-url', file: 'content/mal/vuxna-3-9.md', field: 'redirectFrom', value: '/mal/vuxna/3-2/',
        message: 'Adressen `/mal/vuxna/3-2/` används redan av `content/mal/vuxna-3-2.md`. Två sidor kan inte ha samma adress: ändra `redirectFrom` i en av filerna.',
      },
    ]);
    // Focus areas come first, so here the goal's own address is the second use.
    const areaFirst = problemsAfter((c) => {
      c.focusAreas[0] = makeEntry('focusAreas', 'delaktighet', { redirectFrom: ['/mal/vuxna/3-2/'] });
    });
    expect(areaFirst.map((i) => [i.file, i.field, i.message])).toEqual([
      ['content/mal/vuxna-3-2.md', 'targetGroup, focusArea, number', 'Adressen `/mal/vuxna/3-2/` används redan av `content/fokusomraden/delaktighet.md`. Två sidor kan inte ha samma adress: ändra `targetGroup` eller `focusArea` eller `number` i en av filerna.'],
    ]);
  });
});

describe('withdrawn entries and their replacements', () => {
  it('`replacedBy` on a current entry', () => {
    const issues = problemsAfter((c) => {
      c.indicators.push(makeEntry('indicators', 'ny', { slug: 'ny', replacedBy: 'en-indikator' }));
      c.goals[0] = makeEntry('goals', 'vuxna-3-2', { indicators: ['en-indikator', 'ny'], counterpart: 'barn-och-unga-3-2' });
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'replaced-but-current', file: 'content/indikatorer/ny.md', field: 'replacedBy',
        message: 'Fältet `replacedBy` används bara för poster som har utgått. Lägg till `status: utgått`, eller ta bort `replacedBy`.',
      },
    ]);
  });

  it('an entry replaced by itself', () => {
    const issues = problemsAfter((c) => c.indicators.push(makeEntry('indicators', 'gammal', { slug: 'gammal', status: 'utgått', replacedBy: 'gammal' })));
    expect(issues).toEqual([
      {
        severity: 'error', code: 'replaced-by-itself', file: 'content/indikatorer/gammal.md', field: 'replacedBy',
        message: 'Fältet `replacedBy` pekar på posten själv. Ange id:t (filnamnet utan ändelse) på den post som ersätter den här.',
      },
    ]);
  });

  it('an entry replaced by one that is withdrawn too: a warning', () => {
    const issues = problemsAfter((c) => {
      c.indicators.push(makeEntry('indicators', 'a', { slug: 'a', status: 'utgått', replacedBy: 'b' }));
      c.indicators.push(makeEntry('indicators', 'b', { slug: 'b', status: 'utgått' }));
    });
    expect(issues).toEqual([
      {
        severity: 'warning', code: 'replaced-by-withdrawn', file: 'content/indikatorer/a.md', field: 'replacedBy',
        message: 'Posten ersätts av `b`, som också har utgått. Peka på den post som gäller nu, så att läsarna kommer rätt.',
      },
    ]);
  });

  it('a missing replacement in a collection without pages', () => {
    const issues = problemsAfter((c) => c.events.push(makeEntry('events', 'gammal', { status: 'utgått', replacedBy: 'besluy' })));
    expect(issues).toEqual([
      {
        severity: 'error', code: 'dangling-reference', file: 'content/tidslinje/gammal.md', field: 'replacedBy', value: 'besluy',
        message: 'Fältet `replacedBy` pekar på `besluy`, men det finns ingen sådan fil i `content/tidslinje/`. Menade du `beslut`? Rätta id:t.',
      },
    ]);
  });

  it('`redirectFrom` on an entry without a page: a warning; on a page it is a redirect', () => {
    const issues = problemsAfter((c) => {
      c.contacts.push(makeEntry('contacts', 'ny', { redirectFrom: ['/kontakt/gammal/'] }));
      c.indicators[0] = makeEntry('indicators', 'en-indikator', { redirectFrom: ['/indikatorer/gammal/'] });
    });
    expect(issues).toEqual([
      {
        severity: 'warning', code: 'redirect-without-page', file: 'content/kontakter/ny.md', field: 'redirectFrom',
        message: 'Posten har ingen egen sida, så `redirectFrom` gör ingenting här. Ta bort fältet.',
      },
    ]);
  });
});

describe('the glossary', () => {
  it('explains an abbreviation once; a withdrawn second explanation is no clash', () => {
    const issues = problemsAfter((c) => {
      c.glossary.push(makeEntry('glossary', 'vgr-2', { expansion: 'Regionen' }));
      c.glossary.push(makeEntry('glossary', 'vgr-3', { status: 'utgått' }));
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'duplicate-abbreviation', file: 'content/ordlista/vgr-2.md', field: 'abbreviation',
        message: 'Förkortningen `VGR` förklaras redan i `content/ordlista/vgr.md`. Slå ihop filerna, eller markera den ena med `status: utgått`.',
      },
    ]);
  });
});

describe("the county's structure", () => {
  const group = (id: string, kind: string, overrides: Record<string, unknown> = {}) =>
    makeEntry('organisations', id, { name: id.toUpperCase(), kind, ...overrides });

  it('a municipality in two groups of the same kind, once for each kind', () => {
    const issues = problemsAfter((c) => {
      c.organisations.push(
        group('a', 'delregional-vårdsamverkan', { slug: 'a', municipalities: ['Ale', 'Borås'] }),
        group('b', 'delregional-vårdsamverkan', { slug: 'b', municipalities: ['Ale'] }),
        group('kf1', 'kommunalförbund', { municipalities: ['Borås'] }),
        group('kf2', 'kommunalförbund', { municipalities: ['Borås'] }),
      );
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'municipality-in-two-groups', file: 'content/organisationer/b.md', field: 'municipalities', value: 'Ale',
        message: 'Kommunen `Ale` står i `municipalities` både här och i `content/organisationer/a.md`. En kommun hör till en enda vårdsamverkansgrupp. Ta bort den där den inte hör hemma.',
      },
      {
        severity: 'error', code: 'municipality-in-two-groups', file: 'content/organisationer/kf2.md', field: 'municipalities', value: 'Borås',
        message: 'Kommunen `Borås` står i `municipalities` både här och i `content/organisationer/kf1.md`. En kommun hör till ett enda kommunalförbund. Ta bort den där den inte hör hemma.',
      },
    ]);
  });

  it('a sub-region without a page address', () => {
    const issues = problemsAfter((c) => c.organisations.push(group('fyrbodal', 'delregional-vårdsamverkan', { name: 'Fyrbodal' })));
    expect(issues).toEqual([
      {
        severity: 'error', code: 'sub-region-without-slug', file: 'content/organisationer/fyrbodal.md', field: 'slug',
        message: 'Delregionen `Fyrbodal` får en egen sida, men fältet `slug` (sidans adress, `/delregioner/<slug>/`) saknas. Lägg till det, t.ex. `slug: fyrbodal`.',
      },
    ]);
  });

  it('local work in an area the site does not know, with the closest name', () => {
    const issues = problemsAfter((c) => {
      c.organisations.push(group('kf', 'kommunalförbund', { name: 'Göteborgsregionen', municipalities: ['Mölndal'] }));
      c.localWork.push(makeEntry('localWork', 'i-molndal', { area: 'Molndal' }), makeEntry('localWork', 'i-regionen', { area: 'Göteborgsregionen' }));
    });
    expect(issues).toEqual([
      {
        severity: 'error', code: 'unknown-area', file: 'content/lokalt-arbete/i-molndal.md', field: 'area', value: 'Molndal',
        message: 'Området `Molndal` i fältet `area` är okänt. Skriv `Västra Götaland`, en kommun eller en delregion, som de heter på webbplatsen. Menade du `Mölndal`?',
      },
    ]);
  });
});
