/**
 * Promises of the open data beyond "every field of every item" (open-data-fields.test.ts): the
 * order of each list, the file's own fields, indicator values, the CSV files' every column and
 * quoting, the Swedish field tables, the JSON Schema's header, and a broken-reference report for
 * each reference the export has, in both directions of each two-way link.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/plan/graph.ts';
import type { ContentSet } from '../../src/plan/entries.ts';
import { BOM, LIST_SEPARATOR, toCsv, type Column } from '../../src/open-data/csv.ts';
import { fieldDocs, typeLabel, type SchemaNode } from '../../src/open-data/field-docs.ts';
import { planJsonSchema } from '../../src/open-data/json-schema.ts';
import { buildPlanExport, DATA_FILES, OPEN_DATA_PAGE } from '../../src/open-data/plan-export.ts';
import { findBrokenReferences, REFERENCES, TWO_WAY } from '../../src/open-data/references.ts';
import { PLAN_SCHEMA_VERSION, PlanExportSchema, type PlanExport } from '../../src/open-data/schema.ts';
import { GOAL_COLUMNS, INDICATOR_COLUMNS, INDICATOR_VALUE_COLUMNS, indicatorValueCount, indicatorValueRows, valueRowsOf } from '../../src/open-data/tables.ts';
import type { IndicatorValue } from '../../src/indicators/indicator-data.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

const SITE = 'https://example.se';

/** A plan whose every list has items given out of order, so each list's sort is seen. */
function unorderedPlan(): ContentSet {
  const plan = makePlan();
  plan.focusAreas.unshift(makeEntry('focusAreas', 'tidiga-insatser', { number: 4, title: 'Tidiga insatser', slug: 'tidiga-insatser' }));
  plan.focusAreas.push(makeEntry('focusAreas', 'kunskap', { number: 1, title: 'Kunskap', slug: 'kunskap' }));
  plan.goals.unshift(makeEntry('goals', 'vuxna-4-1', { focusArea: 4, number: 1, indicators: ['aldre'] }));
  plan.indicators.unshift(
    makeEntry('indicators', 'aldre', { title: 'Äldre i arbete', slug: 'aldre' }),
    makeEntry('indicators', 'zon', { title: 'Zon', slug: 'zon' }),
    makeEntry('indicators', 'arbete', { title: 'Arbete', slug: 'arbete' }),
  );
  plan.goals[0]!.data.indicators.push('zon', 'arbete');
  plan.assignments.unshift(
    makeEntry('assignments', 'senare', { title: 'Senare', slug: 'senare', date: '2020-01-01', goals: ['vuxna-4-1'] }),
    makeEntry('assignments', 'b-samma-dag', { title: 'B', slug: 'b-samma-dag', date: '2018-05-04', goals: ['vuxna-4-1'] }),
    makeEntry('assignments', 'a-samma-dag', { title: 'A', slug: 'a-samma-dag', date: '2018-05-04', goals: ['vuxna-4-1'] }),
  );
  plan.contacts.unshift(makeEntry('contacts', 'utvecklare', { focusAreas: [4, 5] }));
  plan.organisations.unshift(
    makeEntry('organisations', 'orebro', { name: 'Örebro', kind: 'ledning' }),
    makeEntry('organisations', 'alingsas', { name: 'Alingsås', kind: 'ledning', status: 'utgått' }),
  );
  plan.events.unshift(
    makeEntry('events', 'sent', { date: '2024-12', title: 'Förlängd.' }),
    makeEntry('events', 'b-tidigt', { date: '2016', title: 'Tidigt b.' }),
    makeEntry('events', 'a-tidigt', { date: '2016', title: 'Tidigt a.', status: 'utgått' }),
  );
  return plan;
}

const VALUES: IndicatorValue[] = [
  { year: 2018, value: 12.5, area: 'Västra Götaland', sex: 'alla' },
  { year: 2019, value: 13, area: 'Fyrbodal', sex: 'kvinnor' },
];

function exportOf(plan = unorderedPlan(), values?: Map<string, IndicatorValue[]>): PlanExport {
  const bodies = new Map([['goals/vuxna-3-2', '\n  Målets text.  \n'], ['events/sent', 'Planen förlängdes.']]);
  return PlanExportSchema.parse(buildPlanExport(buildGraph(plan), { siteName: 'Planen', siteUrl: SITE, bodies, values }));
}

describe('the export file itself', () => {
  it('names its schema, site, documentation, language and the plan’s goal totals', () => {
    const data = exportOf();
    expect({ ...data, focusAreas: [], goals: [], indicators: [], assignments: [], contactRoles: [], organisations: [], timeline: [] }).toEqual({
      $schema: `${SITE}${DATA_FILES.schema}`,
      schemaVersion: PLAN_SCHEMA_VERSION,
      name: 'Planen',
      url: `${SITE}/`,
      documentation: `${SITE}${OPEN_DATA_PAGE}`,
      language: 'sv',
      goalTotals: { vuxna: 7, 'barn-och-unga': 8 },
      focusAreas: [], goals: [], indicators: [], assignments: [], contactRoles: [], organisations: [], timeline: [],
    });
    expect(DATA_FILES).toEqual({
      plan: '/data/plan.json', schema: '/data/plan.schema.json', goals: '/data/mal.csv',
      indicators: '/data/indikatorer.csv', indicatorValues: '/data/indikatorvarden.csv',
    });
  });

  it('trims each text and gives an entry without one an empty text', () => {
    const data = exportOf();
    expect(data.goals.find((g) => g.id === 'vuxna-3-2')!.text).toBe('Målets text.');
    expect(data.goals.find((g) => g.id === 'vuxna-4-1')!.text).toBe('');
    expect(data.timeline.find((e) => e.id === 'sent')!.text).toBe('Planen förlängdes.');
  });
});

describe('the order of each list', () => {
  const data = () => exportOf();
  const ids = (list: { id: string }[]) => list.map((item) => item.id);

  it('keeps goals in the plan’s order (by focus area) and focus areas by number', () => {
    expect(ids(data().goals)).toEqual(['vuxna-3-2', 'barn-och-unga-3-2', 'vuxna-4-1']);
    expect(data().focusAreas.map((a) => a.number)).toEqual([1, 3, 4]);
  });

  it('sorts indicators and organisations by name as Swedish sorts (Å and Ö after Z)', () => {
    expect(data().indicators.map((i) => i.title)).toEqual(['Arbete', 'En indikator', 'Zon', 'Äldre i arbete']);
    expect(data().organisations.map((o) => o.name)).toEqual(['Alingsås', 'Styrgruppen', 'Örebro']);
  });

  it('sorts assignments by date, then id; contact roles by id; the timeline by date, then id', () => {
    expect(ids(data().assignments)).toEqual(['a-samma-dag', 'b-samma-dag', 'ett-uppdrag', 'senare']);
    expect(ids(data().contactRoles)).toEqual(['samordnare', 'utvecklare']);
    expect(ids(data().timeline)).toEqual(['a-tidigt', 'b-tidigt', 'beslut', 'sent']);
  });

  it('lists a focus area’s goals and an indicator’s goals', () => {
    const d = data();
    expect(d.focusAreas.map((a) => [a.id, a.goals])).toEqual([
      ['kunskap', []], ['delaktighet', ['vuxna-3-2', 'barn-och-unga-3-2']], ['tidiga-insatser', ['vuxna-4-1']],
    ]);
    expect(d.indicators.map((i) => [i.id, i.goals])).toEqual([
      ['arbete', ['vuxna-4-1']], ['en-indikator', ['vuxna-3-2', 'barn-och-unga-3-2']], ['zon', ['vuxna-4-1']], ['aldre', ['vuxna-4-1']],
    ]);
  });
});

describe('addresses of items without a page of their own', () => {
  it('are given to current organisations and events, and not to withdrawn ones', () => {
    const data = exportOf();
    expect(data.organisations.map((o) => [o.id, o.url])).toEqual([
      ['alingsas', null], ['styrgruppen', `${SITE}/organisation/#styrgruppen`], ['orebro', `${SITE}/organisation/#orebro`],
    ]);
    expect(data.timeline.map((e) => [e.id, e.url])).toEqual([
      ['a-tidigt', null], ['b-tidigt', `${SITE}/om/#b-tidigt`], ['beslut', `${SITE}/om/#beslut`], ['sent', `${SITE}/om/#sent`],
    ]);
  });
});

describe('focus areas named by number', () => {
  it('are exported by id, and by number where the plan has no such area, which the reference check reports', () => {
    const data = exportOf();
    expect(data.contactRoles.find((c) => c.id === 'utvecklare')!.focusAreas).toEqual(['tidiga-insatser', '5']);
    expect(findBrokenReferences(data)).toEqual(['contactRoles utvecklare: focusAreas names 5, which is not in focusAreas']);
  });
});

describe('indicator values', () => {
  it('are each indicator’s own, as copies, and none for an indicator without values', () => {
    const values = new Map([['zon', VALUES]]);
    const data = exportOf(unorderedPlan(), values);
    expect(data.indicators.map((i) => [i.id, i.values])).toEqual([['arbete', []], ['en-indikator', []], ['zon', VALUES], ['aldre', []]]);
    const zon = data.indicators.find((i) => i.id === 'zon')!;
    expect(zon.values[0]).not.toBe(VALUES[0]);
  });
});

describe('CSV', () => {
  const columns: Column<{ text: string | number | null }, null>[] = [{ header: 'Text', description: '', value: (row) => row.text }];
  const cellOf = (text: string | number | null) => toCsv(columns, [{ text }], null).slice(BOM.length).split('\r\n')[1];

  it.each([
    ['plain text', 'enkel', 'enkel'],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'säger "ja"', '"säger ""ja"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['a semicolon', 'a; b', 'a; b'],
    ['a number', 1.5, '1.5'],
    ['zero', 0, '0'],
    ['nothing', null, ''],
  ])('writes %s as a cell', (_, value, cell) => {
    expect(cellOf(value)).toBe(cell);
  });

  it('ends every record, the last too, with CRLF after a byte order mark', () => {
    expect(toCsv(columns, [{ text: 'a' }, { text: 'b' }], null)).toBe('\uFEFFText\r\na\r\nb\r\n');
    expect(toCsv(columns, [], null)).toBe('\uFEFFText\r\n');
    expect(LIST_SEPARATOR).toBe('; ');
  });
});

describe('the CSV tables, every column', () => {
  const rows = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

  it('gives each goal every column, from the export', () => {
    const data = exportOf();
    const goal = rows(toCsv(GOAL_COLUMNS, data.goals, data)).find((row) => row['Id'] === 'vuxna-3-2');
    expect(goal).toEqual({
      Id: 'vuxna-3-2', Kod: '3:2', Mål: 'Mål 3:2 för vuxna', Målgrupp: 'vuxna', Fokusområde: '3', 'Fokusområdets namn': 'Enskildas delaktighet',
      Rubrik: 'Ett mål', Måltext: 'Målets text.', Indikatorer: 'en-indikator', Uppdrag: 'ett-uppdrag', 'Motsvarande mål': 'barn-och-unga-3-2',
      'Från år': '2018', 'Till år': '2020', 'Förlängt till år': '', Status: 'gällande', 'Ersätts av': '', Adress: `${SITE}/mal/vuxna/3-2/`,
    });
    const other = rows(toCsv(GOAL_COLUMNS, data.goals, data)).find((row) => row['Id'] === 'vuxna-4-1');
    expect(other).toMatchObject({ Fokusområde: '4', 'Fokusområdets namn': 'Tidiga insatser', Indikatorer: 'aldre; zon; arbete', Uppdrag: 'senare; b-samma-dag; a-samma-dag' });
  });

  it('leaves the focus area empty for a goal whose area is not in the export', () => {
    const data = exportOf();
    data.focusAreas = [];
    const goal = rows(toCsv(GOAL_COLUMNS, data.goals, data))[0]!;
    expect([goal['Fokusområde'], goal['Fokusområdets namn']]).toEqual(['', '']);
  });

  it('gives each indicator every column, and withdrawn entries their replacement', () => {
    const plan = unorderedPlan();
    plan.indicators.push(makeEntry('indicators', 'gammal', { title: 'Gammal', slug: 'gammal', status: 'utgått', replacedBy: 'zon', dataSource: 'SCB' }));
    const data = exportOf(plan, new Map([['gammal', VALUES]]));
    expect(rows(toCsv(INDICATOR_COLUMNS, data.indicators, data)).find((row) => row['Id'] === 'gammal')).toEqual({
      Id: 'gammal', Namn: 'Gammal', Beskrivning: 'Beskrivning.', Datakälla: 'SCB', Mål: '', 'Antal mätvärden': '2',
      Status: 'utgått', 'Ersätts av': 'zon', Adress: `${SITE}/indikatorer/gammal/`,
    });
    expect(rows(toCsv(INDICATOR_COLUMNS, data.indicators, data)).find((row) => row['Id'] === 'en-indikator')).toMatchObject({
      Mål: 'vuxna-3-2; barn-och-unga-3-2', 'Antal mätvärden': '0', Datakälla: '',
    });
  });

  it('writes one row per value, indicator by indicator, oldest first, with the indicator’s name and unit', () => {
    const plan = unorderedPlan();
    plan.indicators[0]!.data.unit = 'procent';
    const data = exportOf(plan, new Map([['aldre', VALUES], ['arbete', [VALUES[1]!]]]));
    expect([...indicatorValueRows(data)].map((row) => [row.indicator.id, row.year])).toEqual([['arbete', 2019], ['aldre', 2018], ['aldre', 2019]]);
    expect(indicatorValueCount(data)).toBe(3);
    const aldre = data.indicators.find((i) => i.id === 'aldre')!;
    expect(valueRowsOf(aldre)).toEqual(VALUES.map((value) => ({ ...value, indicator: aldre })));
    expect(rows(toCsv(INDICATOR_VALUE_COLUMNS, indicatorValueRows(data), data))).toEqual([
      { Indikator: 'arbete', 'Indikatorns namn': 'Arbete', År: '2019', Område: 'Fyrbodal', Kön: 'kvinnor', Värde: '13', Enhet: '' },
      { Indikator: 'aldre', 'Indikatorns namn': 'Äldre i arbete', År: '2018', Område: 'Västra Götaland', Kön: 'alla', Värde: '12.5', Enhet: 'procent' },
      { Indikator: 'aldre', 'Indikatorns namn': 'Äldre i arbete', År: '2019', Område: 'Fyrbodal', Kön: 'kvinnor', Värde: '13', Enhet: 'procent' },
    ]);
  });

  it('describes every column in Swedish, under a header used once per table', () => {
    for (const columns of [GOAL_COLUMNS, INDICATOR_COLUMNS, INDICATOR_VALUE_COLUMNS] as Column<never, PlanExport>[][]) {
      expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
      for (const column of columns) expect(column.description, column.header).toMatch(/^[\p{Lu}`"].*\.$/u);
    }
  });
});

describe('field types in plain Swedish', () => {
  it.each<[string, SchemaNode, string]>([
    ['text', { type: 'string' }, 'text'],
    ['an address', { type: 'string', format: 'uri' }, 'adress'],
    ['an id', { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, 'id'],
    ['other patterns', { type: 'string', pattern: '^\\d{4}$' }, 'text'],
    ['an integer', { type: 'integer' }, 'heltal'],
    ['a number', { type: 'number' }, 'tal'],
    ['a yes or no', { type: 'boolean' }, 'sant eller falskt'],
    ['null', { type: 'null' }, 'null'],
    ['a list of ids', { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } }, 'lista med id'],
    ['a list of anything', { type: 'array' }, 'lista med värden'],
    ['an object', { type: 'object' }, 'objekt'],
    ['a node without type', {}, 'objekt'],
    ['a constant', { type: 'string', const: 'sv' }, 'alltid "sv"'],
    ['a constant false', { const: false }, 'alltid false'],
    ['a choice', { type: 'string', enum: ['högre', 'lägre'] }, 'ett av "högre", "lägre"'],
    ['several types', { type: ['integer', 'null'] }, 'heltal eller null'],
    ['a nullable id', { type: ['string', 'null'], pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, 'id eller null'],
    ['options', { anyOf: [{ type: 'object' }, { type: 'null' }] }, 'objekt eller null'],
  ])('names %s', (_, node, label) => {
    expect(typeLabel(node)).toBe(label);
  });
});

describe('the field tables', () => {
  const node: SchemaNode = {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'Id.' },
      period: { type: 'object', description: 'Perioden.', properties: { from: { type: 'integer', description: 'Från.' } } },
      target: { anyOf: [{ type: 'object', properties: { value: { type: 'number', description: 'Värdet.' } } }, { type: 'null' }], description: 'Målet.' },
      values: { type: 'array', description: 'Värden.', items: { type: 'object', properties: { year: { type: 'integer' } } } },
      tags: { type: 'array', description: 'Ord.', items: { type: 'string' } },
    },
  };

  it('lists nested fields after their parent, with dotted names, and an empty description where the schema has none', () => {
    expect(fieldDocs(node)).toEqual([
      { name: 'id', type: 'text', description: 'Id.' },
      { name: 'period', type: 'objekt', description: 'Perioden.' },
      { name: 'period.from', type: 'heltal', description: 'Från.' },
      { name: 'target', type: 'objekt eller null', description: 'Målet.' },
      { name: 'target.value', type: 'tal', description: 'Värdet.' },
      { name: 'values', type: 'lista med objekt', description: 'Värden.' },
      { name: 'values[].year', type: 'heltal', description: '' },
      { name: 'tags', type: 'lista med text', description: 'Ord.' },
    ]);
  });

  it('reads the fields of a nullable object from its non-null option, in either order', () => {
    const nullFirst: SchemaNode = {
      type: 'object',
      properties: { target: { anyOf: [{ type: 'null' }, { type: 'object', properties: { year: { type: 'integer', description: 'År.' } } }] } },
    };
    expect(fieldDocs(nullFirst).map((field) => [field.name, field.type])).toEqual([['target', 'null eller objekt'], ['target.year', 'heltal']]);
  });

  it('leaves out skipped fields, and the fields of list items when asked, also deeper down', () => {
    const names = (options: Parameters<typeof fieldDocs>[1]) => fieldDocs(node, options).map((field) => field.name);
    expect(names({ skip: ['period', 'target'] })).toEqual(['id', 'values', 'values[].year', 'tags']);
    expect(names({ listItems: false })).toEqual(['id', 'period', 'period.from', 'target', 'target.value', 'values', 'tags']);
    const deep: SchemaNode = { type: 'object', properties: { a: { type: 'object', properties: { id: { type: 'string' }, list: node.properties!['values']! } } } };
    expect(fieldDocs(deep, { skip: ['id'], listItems: false }).map((field) => field.name)).toEqual(['a', 'a.id', 'a.list']);
    expect(fieldDocs({ type: 'object' })).toEqual([]);
  });

  it('documents the published schema: each list’s fields, every one described', () => {
    const schema = planJsonSchema(SITE);
    expect(schema.title).toBe(`Handlingsplan psykisk hälsa i Västra Götaland: öppna data, version ${PLAN_SCHEMA_VERSION}`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}/data/plan.schema.json`);
    const indicator = fieldDocs(schema.properties!['indicators']!.items!);
    expect(indicator.find((f) => f.name === 'target.year')).toEqual({ name: 'target.year', type: 'heltal eller null', description: 'Året målvärdet ska nås, om det är angivet.' });
    expect(indicator.find((f) => f.name === 'values[].sex')?.type).toBe('ett av "alla", "kvinnor", "män"');
  });
});

describe('broken references, one for each reference of the export', () => {
  const broken = (reference: (typeof REFERENCES)[number]): string[] => {
    const data = exportOf(makePlan());
    const item = (data[reference.from] as unknown as Record<string, unknown>[])[0]!;
    if (reference.field === 'funding.decidedBy') item['funding'] = { amount: 1, unit: 'kr', decidedBy: 'finns-inte' };
    else item[reference.field] = Array.isArray(item[reference.field]) ? ['finns-inte'] : 'finns-inte';
    return findBrokenReferences(data);
  };

  it('starts from an export that holds together', () => expect(findBrokenReferences(exportOf())).toEqual(['contactRoles utvecklare: focusAreas names 5, which is not in focusAreas']));

  it.each(REFERENCES.map((reference) => [`${reference.from}.${reference.field}`, reference] as const))('%s', (_, reference) => {
    const data = exportOf(makePlan());
    const id = (data[reference.from] as { id: string }[])[0]!.id;
    expect(broken(reference)).toContain(`${reference.from} ${id}: ${reference.field} names finns-inte, which is not in ${reference.to}`);
  });

  it('covers every reference field of every list', () => {
    expect(REFERENCES.map((r) => `${r.from}.${r.field} → ${r.to}`)).toEqual([
      'focusAreas.goals → goals', 'goals.focusArea → focusAreas', 'goals.indicators → indicators', 'goals.counterpart → goals',
      'goals.assignments → assignments', 'indicators.goals → goals', 'assignments.goals → goals', 'assignments.decidedBy → organisations',
      'assignments.funding.decidedBy → organisations', 'assignments.signatories → organisations', 'assignments.contactRoles → contactRoles',
      'contactRoles.organisation → organisations', 'contactRoles.focusAreas → focusAreas', 'contactRoles.assignments → assignments',
      'organisations.partOf → organisations', 'focusAreas.replacedBy → focusAreas', 'goals.replacedBy → goals',
      'indicators.replacedBy → indicators', 'assignments.replacedBy → assignments', 'contactRoles.replacedBy → contactRoles',
      'organisations.replacedBy → organisations', 'timeline.replacedBy → timeline',
    ]);
    expect(TWO_WAY.map(([a, b]) => `${a.from}.${a.field} ↔ ${b.from}.${b.field}`)).toEqual([
      'goals.focusArea ↔ focusAreas.goals', 'goals.indicators ↔ indicators.goals', 'goals.assignments ↔ assignments.goals',
      'assignments.contactRoles ↔ contactRoles.assignments',
    ]);
  });

  it('reads funding only where an assignment has it', () => {
    const data = exportOf(makePlan());
    data.assignments[0]!.funding = { amount: 2, unit: 'mnkr', decidedBy: 'styrgruppen' };
    expect(findBrokenReferences(data)).toEqual([]);
  });

  it('reports an id used twice in a list', () => {
    const data = exportOf(makePlan());
    data.organisations.push({ ...data.organisations[0]! }, { ...data.organisations[0]! });
    data.timeline.push({ ...data.timeline[0]! });
    expect(findBrokenReferences(data)).toEqual(['organisations: id styrgruppen occurs twice', 'organisations: id styrgruppen occurs twice', 'timeline: id beslut occurs twice']);
  });

  it.each(TWO_WAY.map(([a, b]) => [`${a.from}.${a.field}`, `${b.from}.${b.field}`, a, b] as const))(
    'finds a link in %s that %s does not list back, and the other way round',
    (_, __, a, b) => {
      const data = exportOf(makePlan());
      const lists = data as unknown as Record<string, Record<string, unknown>[]>;
      const [from] = lists[a.from]!;
      const [to] = lists[b.from]!;
      // Remove the link on b's side only: a names it, b does not list it back.
      const target = a.targets(from as never)[0]!;
      const back = lists[b.from]!.find((item) => item['id'] === target)!;
      back[b.field] = Array.isArray(back[b.field]) ? [] : null;
      expect(findBrokenReferences(data)).toContain(`${a.from}.${a.field} ${String(from!['id'])} ${target} is missing from ${b.from}.${b.field}`);
      // And on a's side only.
      const fresh = exportOf(makePlan()) as unknown as Record<string, Record<string, unknown>[]>;
      const named = b.targets(fresh[b.from]![0] as never)[0]!;
      const owner = fresh[a.from]!.find((item) => item['id'] === named)!;
      owner[a.field] = Array.isArray(owner[a.field]) ? [] : null;
      expect(findBrokenReferences(fresh as unknown as PlanExport)).toContain(
        `${b.from}.${b.field} ${named} ${String(fresh[b.from]![0]!['id'])} is missing from ${a.from}.${a.field}`,
      );
      expect(to).toBeDefined();
    },
  );
});
