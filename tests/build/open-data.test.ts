/**
 * The published open data: `/data/plan.json` against its schema and the real content, every
 * address in it against dist/, and the CSV files against the collections.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/consts.ts';
import type { ContentSet } from '../../src/plan/entries.ts';
import { buildGraph } from '../../src/plan/graph.ts';
import { GOAL_COLUMNS, INDICATOR_COLUMNS, INDICATOR_VALUE_COLUMNS } from '../../src/open-data/tables.ts';
import { findBrokenReferences, REFERENCES } from '../../src/open-data/references.ts';
import { PlanExportSchema, type PlanExport } from '../../src/open-data/schema.ts';
import { readContentFiles, validateContentFiles } from '../../src/check/read-content.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { resolvesInDist } from '../helpers/dist.ts';

const distDir = inject('distDir');
let raw: unknown;
let data: PlanExport;
let content: ContentSet;
const file = (path: string) => readFile(join(distDir, path), 'utf8');
const csv = async (path: string) => {
  const text = await file(path);
  return { text, rows: parseCsv(text, { bom: true, columns: true }) as Record<string, string>[] };
};

beforeAll(async () => {
  raw = JSON.parse(await file('data/plan.json'));
  data = PlanExportSchema.parse(raw);
  const { files } = await readContentFiles(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  content = validateContentFiles(files).content;
});

describe('/data/plan.json', () => {
  it('validates against its own schema, names its version and links to its JSON Schema', async () => {
    expect(PlanExportSchema.safeParse(raw).success).toBe(true);
    expect(data.schemaVersion).toBe('2.0.0');
    const schema = JSON.parse(await file('data/plan.schema.json'));
    expect(data.$schema).toBe(schema.$id);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(PlanExportSchema.shape).sort());
  });

  it('holds every published entry of every collection', () => {
    const lists = [
      ['focusAreas', 'focusAreas'], ['goals', 'goals'], ['indicators', 'indicators'], ['assignments', 'assignments'],
      ['contactRoles', 'contacts'], ['organisations', 'organisations'], ['timeline', 'events'],
    ] as const;
    for (const [list, collection] of lists) {
      expect(data[list].map((item) => item.id).sort(), list).toEqual(content[collection].map((entry) => entry.id).sort());
    }
  });

  it('round-trips every reference: each leads to an item, both sides agree, and they match the content', () => {
    expect(findBrokenReferences(data)).toEqual([]);
    const graph = buildGraph(content);
    for (const goal of data.goals) {
      const source = graph.goalById.get(goal.id)!.data;
      expect(goal.indicators, goal.id).toEqual(source.indicators);
      expect(goal.counterpart, goal.id).toBe(source.counterpart ?? null);
      expect(data.focusAreas.find((area) => area.id === goal.focusArea)?.number, goal.id).toBe(source.focusArea);
      expect(goal.assignments.sort(), goal.id).toEqual(graph.assignmentsOfGoal(goal.id).map((a) => a.id).sort());
    }
    for (const assignment of data.assignments) {
      const source = graph.assignmentById.get(assignment.id)!.data;
      expect(assignment.goals, assignment.id).toEqual(source.goals);
      expect(assignment.decidedBy, assignment.id).toBe(source.decidedBy);
    }
    for (const role of data.contactRoles) {
      const source = content.contacts.find((contact) => contact.id === role.id)!.data;
      expect([role.organisation, role.assignments], role.id).toEqual([source.organisation, source.assignments]);
    }
    // Every kind of reference occurs in the real plan at least once, so the checks above are not empty.
    const used = REFERENCES.filter((r) => r.field !== 'replacedBy' && r.field !== 'partOf')
      .filter((r) => (data[r.from] as unknown as { id: string }[]).every((item) => r.targets(item as never).length === 0));
    expect(used.map((r) => `${r.from}.${r.field}`)).toEqual([]);
  });

  it('gives every item an absolute address that exists in dist/, down to the element on the page', async () => {
    const items = [data.focusAreas, data.goals, data.indicators, data.assignments, data.contactRoles, data.organisations, data.timeline].flat();
    const urls = [data.url, data.documentation, data.$schema, ...items.flatMap((item) => (item.url ? [item.url] : []))];
    expect(urls.length).toBeGreaterThan(60);
    const pageCache = new Map<string, ReturnType<typeof parseHtml>>();
    for (const url of urls) {
      expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
      const { pathname, hash } = new URL(url);
      expect(resolvesInDist(distDir, pathname), url).toBe(true);
      if (!hash) continue;
      if (!pageCache.has(pathname)) pageCache.set(pathname, parseHtml(await file(join(pathname, 'index.html'))));
      expect(pageCache.get(pathname)!.getElementById(decodeURIComponent(hash.slice(1))), url).not.toBeNull();
    }
  });

  it('contains no personal data from the contact roles', async () => {
    const text = await file('data/plan.json');
    const holders = content.contacts.flatMap((contact) => (contact.data.holder ? [contact.data.holder] : []));
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders) {
      for (const personal of [holder.name, holder.email, holder.phone].filter(Boolean)) expect(text).not.toContain(personal);
    }
  });
});

describe('the CSV files', () => {
  it('start with a BOM and parse into one row per goal, per indicator and per measured value', async () => {
    const goals = await csv('data/mal.csv');
    const indicators = await csv('data/indikatorer.csv');
    const values = await csv('data/indikatorvarden.csv');
    for (const { text } of [goals, indicators, values]) expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(goals.rows.map((row) => row['Id']).sort()).toEqual(content.goals.map((goal) => goal.id).sort());
    expect(indicators.rows.map((row) => row['Id']).sort()).toEqual(content.indicators.map((i) => i.id).sort());
    // The real indicator has no values in the sources; generated-plan.test.ts covers a CSV with values.
    expect(values.rows).toHaveLength(0);
    expect(Object.keys(goals.rows[0]!)).toEqual(GOAL_COLUMNS.map((c) => c.header));
    expect(Object.keys(indicators.rows[0]!)).toEqual(INDICATOR_COLUMNS.map((c) => c.header));
    expect(parseCsv(values.text, { bom: true })[0]).toEqual(INDICATOR_VALUE_COLUMNS.map((c) => c.header));
  });

  it('keeps å, ä and ö and the goal text intact', async () => {
    const { rows } = await csv('data/mal.csv');
    const adults = rows.find((row) => row['Id'] === 'vuxna-3-2')!;
    expect(adults['Mål']).toBe('Mål 3:2 för vuxna');
    expect(adults['Måltext']).toBe(data.goals.find((goal) => goal.id === 'vuxna-3-2')!.text);
    expect(adults['Adress']).toBe(`${SITE_URL}/mal/vuxna/3-2/`);
  });
});
