/** The plan as open data: the export, its references, the CSV writer and the field documentation. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/plan/graph.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { BOM, toCsv, type Column } from '../../src/open-data/csv.ts';
import { fieldDocs, typeLabel } from '../../src/open-data/field-docs.ts';
import { planJsonSchema } from '../../src/open-data/json-schema.ts';
import { buildPlanExport } from '../../src/open-data/plan-export.ts';
import { findBrokenReferences } from '../../src/open-data/references.ts';
import { PlanExportSchema, type PlanExport } from '../../src/open-data/schema.ts';
import { GOAL_COLUMNS, INDICATOR_COLUMNS } from '../../src/open-data/tables.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

const SITE_URL = 'https://example.se';
const HOLDER = { name: 'Anna Andersson', email: 'anna.andersson@example.se', phone: '070-123 45 67', asOf: '2020-01-01' };

function exportOf(): PlanExport {
  const content = makePlan();
  content.contacts = [makeEntry('contacts', 'samordnare', { assignments: ['ett-uppdrag'], holder: HOLDER, focusAreas: [3] })];
  content.assignments = [makeEntry('assignments', 'ett-uppdrag', {
    goals: ['vuxna-3-2', 'barn-och-unga-3-2'], signatories: [{ organisation: 'styrgruppen', name: 'Bo Berg' }],
    funding: { amount: 2, unit: 'mnkr', decidedBy: 'styrgruppen' },
  })];
  const graph = buildGraph(content);
  const issues = validatePlan(content, graph);
  expect(issues).toEqual([]);
  const bodies = new Map([['goals/vuxna-3-2', 'Målets text, med "citat", komma\noch en ny rad.\n']]);
  return PlanExportSchema.parse(buildPlanExport(graph, { siteName: 'Planen', siteUrl: SITE_URL, bodies }));
}

describe('the plan export', () => {
  it('matches its schema, with every item at its absolute URL and its references both ways', () => {
    const data = exportOf();
    expect(data.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.goals.map((goal) => goal.url)).toEqual([`${SITE_URL}/mal/vuxna/3-2/`, `${SITE_URL}/mal/barn-och-unga/3-2/`]);
    expect(data.goals[0]).toMatchObject({
      code: '3:2', focusArea: 'delaktighet', indicators: ['en-indikator'], counterpart: 'barn-och-unga-3-2',
      assignments: ['ett-uppdrag'], text: 'Målets text, med "citat", komma\noch en ny rad.',
    });
    expect(data.indicators[0]!.goals).toEqual(['vuxna-3-2', 'barn-och-unga-3-2']);
    expect(data.focusAreas[0]!.goals).toEqual(['vuxna-3-2', 'barn-och-unga-3-2']);
    expect(data.contactRoles[0]).toMatchObject({ url: `${SITE_URL}/kontakt/#samordnare`, focusAreas: ['delaktighet'] });
    expect(findBrokenReferences(data)).toEqual([]);
  });

  it('leaves out the people: no holder name, e-mail or phone, and no signer names', () => {
    const json = JSON.stringify(exportOf());
    for (const personal of [HOLDER.name, HOLDER.email, HOLDER.phone, 'Bo Berg']) expect(json).not.toContain(personal);
  });

  it('finds a reference that leads nowhere and a link that only one side knows of', () => {
    const data = exportOf();
    data.goals[0]!.indicators.push('saknas');
    data.indicators[0]!.goals = ['vuxna-3-2'];
    expect(findBrokenReferences(data)).toEqual([
      'goals vuxna-3-2: indicators names saknas, which is not in indicators',
      'goals.indicators vuxna-3-2 saknas is missing from indicators.goals',
      'goals.indicators barn-och-unga-3-2 en-indikator is missing from indicators.goals',
    ]);
  });

  it('gives withdrawn contact roles no address, since /kontakt/ lists only current ones', () => {
    const content = makePlan();
    content.contacts = [makeEntry('contacts', 'samordnare', { status: 'utgått' })];
    const data = buildPlanExport(buildGraph(content), { siteName: 'Planen', siteUrl: SITE_URL, bodies: new Map() });
    expect(data.contactRoles[0]).toMatchObject({ status: 'utgått', url: null });
  });
});

describe('CSV', () => {
  type Row = { a: string; b: number | null };
  const columns: Column<Row, null>[] = [
    { header: 'Namn, fullt', description: '', value: (row) => row.a },
    { header: 'Tal', description: '', value: (row) => row.b },
  ];

  it('writes RFC 4180 with a BOM and CRLF, quoting commas, quotes and line breaks', () => {
    const csv = toCsv(columns, [{ a: 'Å "citat", ä\nö', b: 1.5 }, { a: 'enkel', b: null }], null);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"Namn, fullt",Tal\r\n"Å ""citat"", ä\nö",1.5\r\nenkel,\r\n`);
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { 'Namn, fullt': 'Å "citat", ä\nö', Tal: '1.5' },
      { 'Namn, fullt': 'enkel', Tal: '' },
    ]);
  });

  it('has one row per goal and per indicator, with headers a person can read', () => {
    const data = exportOf();
    const goals = parse(toCsv(GOAL_COLUMNS, data.goals, data), { bom: true, columns: true }) as Record<string, string>[];
    expect(goals.map((row) => row['Id'])).toEqual(['vuxna-3-2', 'barn-och-unga-3-2']);
    expect(goals[0]).toMatchObject({ Kod: '3:2', Fokusområde: '3', Indikatorer: 'en-indikator', Måltext: data.goals[0]!.text });
    const indicators = parse(toCsv(INDICATOR_COLUMNS, data.indicators, data), { bom: true, columns: true });
    expect(indicators).toHaveLength(1);
    expect(new Set(GOAL_COLUMNS.map((c) => c.header)).size).toBe(GOAL_COLUMNS.length);
  });
});

describe('the field documentation', () => {
  it('describes every field of the schema in Swedish, nested fields with dotted names', () => {
    const schema = planJsonSchema(SITE_URL);
    expect(schema.$id).toBe(`${SITE_URL}/data/plan.schema.json`);
    const goalFields = fieldDocs(schema.properties!['goals']!.items!);
    expect(goalFields.map((field) => field.name)).toEqual(expect.arrayContaining(['code', 'period.extendedTo', 'sources[].url']));
    for (const field of goalFields) expect(field.description, field.name).not.toBe('');
    expect(goalFields.find((field) => field.name === 'counterpart')?.type).toBe('id eller null');
    expect(typeLabel({ type: ['string', 'null'] })).toBe('text eller null');
    expect(typeLabel({ type: 'array', items: { type: 'string', format: 'uri' } })).toBe('lista med adress');
  });
});
