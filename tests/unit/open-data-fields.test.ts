/**
 * Promise: the open data says what the content says, for every field of every item. Each item
 * of `plan.json` is compared whole (`toEqual`, so a missing, extra or wrong field fails) with
 * what the test reads from the content entry itself, in a plan where optional fields are set on
 * some items and left out on others, so a field exported as always `null` or always the first
 * item's value is noticed.
 */
import { describe, expect, it } from 'vitest';
import type { ContentSet, Entry } from '../../src/plan/entries.ts';
import { buildGraph } from '../../src/plan/graph.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { buildPlanExport } from '../../src/open-data/plan-export.ts';
import { PlanExportSchema } from '../../src/open-data/schema.ts';
import type { Source } from '../../src/schemas/shared.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

const SITE = 'https://example.se';
const SOURCE_FULL = { title: 'Planen', url: 'https://example.se/planen.pdf', publisher: 'VästKom', date: '2017-10-02' };

function richPlan(): ContentSet {
  const plan = makePlan();
  plan.focusAreas.push(makeEntry('focusAreas', 'tidiga-insatser', {
    number: 4, title: 'Tidiga insatser', slug: 'tidiga-insatser', summary: 'Hjälp i tid.', color: '#2d6a4f', sources: [SOURCE_FULL],
  }));
  plan.goals = [
    makeEntry('goals', 'vuxna-3-2', {
      indicators: ['en-indikator', 'andra-indikatorn'], counterpart: 'barn-och-unga-3-2', period: { from: 2018, to: 2020, extendedTo: 2024 },
    }),
    makeEntry('goals', 'barn-och-unga-3-2', {
      targetGroup: 'barn-och-unga', title: 'Barnens mål', indicators: ['en-indikator'], counterpart: 'vuxna-3-2',
      period: { from: 2018, to: 2020, extendedTo: 2022 },
    }),
    makeEntry('goals', 'vuxna-4-1', {
      focusArea: 4, number: 1, title: 'Ett mål utan förlängning', indicators: ['andra-indikatorn'], period: { from: 2019, to: 2021 },
      sources: [SOURCE_FULL],
    }),
    makeEntry('goals', 'vuxna-3-3', {
      number: 3, title: 'Ett utgånget mål', status: 'utgått', replacedBy: 'vuxna-3-2', period: { from: 2018, to: 2020 },
    }),
  ];
  plan.indicators.push(makeEntry('indicators', 'andra-indikatorn', {
    title: 'Andra indikatorn', slug: 'andra-indikatorn', description: 'Något annat.', dataSource: 'Öppna jämförelser',
    unit: 'procent', baselineYear: 2018, betterDirection: 'högre', target: { value: 20, year: 2024 },
  }));
  plan.organisations.push(makeEntry('organisations', 'vastkom', {
    name: 'VästKom', abbreviation: 'VK', kind: 'part', municipalities: ['Ale', 'Borås'], partOf: 'styrgruppen', website: 'https://example.se/vastkom',
  }));
  plan.assignments.push(makeEntry('assignments', 'andra-uppdraget', {
    title: 'Andra uppdraget', slug: 'andra-uppdraget', date: '2019-03-01', goals: ['vuxna-4-1'], decidedBy: 'vastkom',
    funding: { amount: 2, unit: 'mnkr', decidedBy: 'vastkom' }, timetable: [{ when: 'Våren 2019', what: 'Start' }],
    signatories: [{ organisation: 'vastkom', name: 'Bo Berg' }, { organisation: 'styrgruppen' }], signedDate: '2019-03-04',
  }));
  plan.contacts.push(makeEntry('contacts', 'utvecklingsledare', {
    role: 'Utvecklingsledare', organisation: 'vastkom', about: 'Tidiga insatser.', focusAreas: [4], assignments: ['andra-uppdraget', 'ett-uppdrag'],
  }));
  plan.events.push(makeEntry('events', 'start', { date: '2018-01', title: 'Planen börjar gälla.', status: 'utgått' }));
  return plan;
}

const bodies = new Map([
  ['goals/vuxna-3-2', '  Målets text.\n'],
  ['focusAreas/tidiga-insatser', 'Områdets text.'],
  ['indicators/andra-indikatorn', 'Indikatorns text.'],
  ['assignments/andra-uppdraget', 'Uppdragets text.'],
  ['organisations/vastkom', 'Om VästKom.'],
  ['events/start', 'Det började.'],
]);
const text = (key: string) => (bodies.get(key) ?? '').trim();
const iso = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

/** What every item carries about its lifecycle and sources, read from the content. */
const lifecycleOf = (data: { status: string; replacedBy?: string | undefined; sources: Source[] }) => ({
  status: data.status,
  replacedBy: data.replacedBy ?? null,
  sources: data.sources.map((s) => ({ title: s.title, url: s.url ?? null, publisher: s.publisher ?? null, date: iso(s.date) })),
});

const content = richPlan();
const graph = buildGraph(content);
const issues = validatePlan(content, graph);
// Built inside each test, not once when the file loads, so that mutation testing (which runs, for
// each change to the export, only the tests that ran the changed line) runs these tests too.
const exported = () => PlanExportSchema.parse(buildPlanExport(graph, { siteName: 'Planen', siteUrl: SITE, bodies }));
const entry = <T>(list: Entry<T>[], id: string) => list.find((e) => e.id === id)!;
const areaId = (number: number) => content.focusAreas.find((a) => a.data.number === number)!.id;

describe('plan.json, field by field against the content', () => {
  it('starts from a valid plan', () => expect(issues).toEqual([]));

  it('has every entry of every collection, once', () => {
    const data = exported();
    const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
    expect(ids(data.focusAreas)).toEqual(ids(content.focusAreas));
    expect(ids(data.goals)).toEqual(ids(content.goals));
    expect(ids(data.indicators)).toEqual(ids(content.indicators));
    expect(ids(data.assignments)).toEqual(ids(content.assignments));
    expect(ids(data.contactRoles)).toEqual(ids(content.contacts));
    expect(ids(data.organisations)).toEqual(ids(content.organisations));
    expect(ids(data.timeline)).toEqual(ids(content.events));
  });

  it.each(content.goals.map((g) => [g.id]))('goal %s', (id) => {
    const data = exported();
    const { data: goal } = entry(content.goals, id);
    expect(data.goals.find((g) => g.id === id)).toEqual({
      id,
      url: `${SITE}/mal/${goal.targetGroup}/${goal.focusArea}-${goal.number}/`,
      code: `${goal.focusArea}:${goal.number}`,
      label: `Mål ${goal.focusArea}:${goal.number} ${goal.targetGroup === 'vuxna' ? 'för vuxna' : 'för barn och unga'}`,
      targetGroup: goal.targetGroup,
      focusArea: areaId(goal.focusArea),
      title: goal.title,
      text: text(`goals/${id}`),
      period: { from: goal.period.from, to: goal.period.to, extendedTo: goal.period.extendedTo ?? null },
      indicators: goal.indicators,
      counterpart: goal.counterpart ?? null,
      assignments: content.assignments.filter((a) => a.data.goals.includes(id)).map((a) => a.id),
      ...lifecycleOf(goal),
    });
  });

  it.each(content.focusAreas.map((a) => [a.id]))('focus area %s', (id) => {
    const data = exported();
    const { data: area } = entry(content.focusAreas, id);
    const goals = data.focusAreas.find((a) => a.id === id)!.goals;
    expect(data.focusAreas.find((a) => a.id === id)).toEqual({
      id, url: `${SITE}/fokusomraden/${area.slug}/`, number: area.number, title: area.title, summary: area.summary,
      color: area.color, text: text(`focusAreas/${id}`), goals, ...lifecycleOf(area),
    });
    expect([...goals].sort()).toEqual(content.goals.filter((g) => g.data.focusArea === area.number).map((g) => g.id).sort());
  });

  it.each(content.indicators.map((i) => [i.id]))('indicator %s', (id) => {
    const data = exported();
    const { data: indicator } = entry(content.indicators, id);
    const goals = data.indicators.find((i) => i.id === id)!.goals;
    expect(data.indicators.find((i) => i.id === id)).toEqual({
      id, url: `${SITE}/indikatorer/${indicator.slug}/`, title: indicator.title, description: indicator.description,
      text: text(`indicators/${id}`), dataSource: indicator.dataSource ?? null, unit: indicator.unit ?? null,
      baselineYear: indicator.baselineYear ?? null, betterDirection: indicator.betterDirection ?? null,
      target: indicator.target ? { value: indicator.target.value, year: indicator.target.year ?? null } : null,
      // No values were passed to the export here; tests/unit/indicator-*.test.ts cover them.
      values: [], goals,
      ...lifecycleOf(indicator),
    });
    expect([...goals].sort()).toEqual(content.goals.filter((g) => g.data.indicators.includes(id)).map((g) => g.id).sort());
  });

  it.each(content.assignments.map((a) => [a.id]))('assignment %s', (id) => {
    const data = exported();
    const { data: assignment } = entry(content.assignments, id);
    expect(data.assignments.find((a) => a.id === id)).toEqual({
      id, url: `${SITE}/uppdrag/${assignment.slug}/`, title: assignment.title, date: iso(assignment.date),
      summary: assignment.summary, text: text(`assignments/${id}`), decidedBy: assignment.decidedBy, goals: assignment.goals,
      funding: assignment.funding ?? null, timetable: assignment.timetable,
      signatories: assignment.signatories.map((s) => s.organisation), signedDate: iso(assignment.signedDate),
      contactRoles: content.contacts.filter((c) => c.data.assignments.includes(id)).map((c) => c.id),
      ...lifecycleOf(assignment),
    });
  });

  it.each(content.contacts.map((c) => [c.id]))('contact role %s', (id) => {
    const data = exported();
    const { data: contact } = entry(content.contacts, id);
    expect(data.contactRoles.find((c) => c.id === id)).toEqual({
      id, url: contact.status === 'gällande' ? `${SITE}/kontakt/#${id}` : null, role: contact.role,
      organisation: contact.organisation, about: contact.about, focusAreas: contact.focusAreas.map(areaId),
      assignments: contact.assignments, ...lifecycleOf(contact),
    });
  });

  it.each(content.organisations.map((o) => [o.id]))('organisation %s', (id) => {
    const data = exported();
    const { data: organisation } = entry(content.organisations, id);
    expect(data.organisations.find((o) => o.id === id)).toEqual({
      id, url: organisation.status === 'gällande' ? `${SITE}/organisation/#${id}` : null, name: organisation.name,
      abbreviation: organisation.abbreviation ?? null, kind: organisation.kind, municipalities: organisation.municipalities,
      partOf: organisation.partOf ?? null, website: organisation.website ?? null, text: text(`organisations/${id}`),
      ...lifecycleOf(organisation),
    });
  });

  it.each(content.events.map((e) => [e.id]))('timeline event %s', (id) => {
    const data = exported();
    const { data: event } = entry(content.events, id);
    expect(data.timeline.find((e) => e.id === id)).toEqual({
      id, url: event.status === 'gällande' ? `${SITE}/om/#${id}` : null, date: event.date.sortKey, dateLabel: event.date.label,
      title: event.title, text: text(`events/${id}`), ...lifecycleOf(event),
    });
  });
});
