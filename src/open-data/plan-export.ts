/**
 * The whole plan as open data, built from the graph: every item with its permanent absolute
 * URL and its references by id, both ways (a goal lists its indicators, an indicator its goals).
 * Pure: the endpoint passes in the entries' markdown, so tests run it without Astro.
 *
 * No personal data: contact roles are exported without the person holding them (name, e-mail,
 * phone), and assignment documents without the signers' names. People change jobs and the site
 * shows who held a role on a given date on /kontakt/; a reusable data file should not spread
 * names that go stale and that were never published for reuse.
 */
import { PLAN_GOAL_TOTALS } from '../plan/facts.ts';
import type { Entry } from '../plan/entries.ts';
import type { PlanGraph } from '../plan/graph.ts';
import type { IndicatorValue } from '../indicators/indicator-data.ts';
import {
  assignmentUrl, contactUrl, eventUrl, focusAreaUrl, goalCode, goalLabel, goalUrl, indicatorUrl, organisationUrl,
} from '../plan/urls.ts';
import type { Source } from '../schemas/shared.ts';
import { PLAN_SCHEMA_VERSION, type PlanExport } from './schema.ts';

/** Where the data files are published; the Öppna data page links to the same paths. */
export const DATA_FILES = {
  plan: '/data/plan.json',
  schema: '/data/plan.schema.json',
  goals: '/data/mal.csv',
  indicators: '/data/indikatorer.csv',
  indicatorValues: '/data/indikatorvarden.csv',
} as const;
export const OPEN_DATA_PAGE = '/oppna-data/';

export interface ExportOptions {
  siteName: string;
  siteUrl: string;
  /** Markdown body of each entry, keyed `collection/id`, e.g. `goals/vuxna-3-2`. */
  bodies: Map<string, string>;
  /** Each indicator's values from its CSV file, by indicator id. */
  values?: Map<string, IndicatorValue[]> | undefined;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'sv');

export function buildPlanExport(plan: PlanGraph, { siteName, siteUrl, bodies, values = new Map() }: ExportOptions): PlanExport {
  const { content } = plan;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const isCurrent = (entry: Entry<{ status: string }>) => entry.data.status === 'gällande';
  const body = (collection: string, id: string) => (bodies.get(`${collection}/${id}`) ?? '').trim();
  const lifecycle = (entry: Entry<{ status: 'gällande' | 'utgått'; replacedBy?: string | undefined; sources: Source[] }>) => ({
    status: entry.data.status,
    replacedBy: entry.data.replacedBy ?? null,
    sources: entry.data.sources.map((source) => ({
      title: source.title,
      url: source.url ?? null,
      publisher: source.publisher ?? null,
      date: source.date ? isoDate(source.date) : null,
    })),
  });
  const ids = (entries: Entry<unknown>[]) => entries.map((entry) => entry.id);
  const areaIdOf = (number: number) => plan.focusAreaByNumber.get(number)?.id ?? String(number);

  return {
    $schema: absolute(DATA_FILES.schema),
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: siteName,
    url: absolute('/'),
    documentation: absolute(OPEN_DATA_PAGE),
    language: 'sv',
    goalTotals: { ...PLAN_GOAL_TOTALS },
    focusAreas: [...content.focusAreas]
      .sort((a, b) => a.data.number - b.data.number)
      .map((area) => ({
        id: area.id,
        url: absolute(focusAreaUrl(area.data)),
        number: area.data.number,
        title: area.data.title,
        summary: area.data.summary,
        color: area.data.color,
        text: body('focusAreas', area.id),
        goals: ids(plan.goalsOfFocusArea(area.data.number)),
        ...lifecycle(area),
      })),
    goals: content.goals.map((goal) => ({
      id: goal.id,
      url: absolute(goalUrl(goal.data)),
      code: goalCode(goal.data),
      label: goalLabel(goal.data),
      targetGroup: goal.data.targetGroup,
      focusArea: areaIdOf(goal.data.focusArea),
      title: goal.data.title,
      text: body('goals', goal.id),
      period: { from: goal.data.period.from, to: goal.data.period.to, extendedTo: goal.data.period.extendedTo ?? null },
      indicators: [...goal.data.indicators],
      counterpart: goal.data.counterpart ?? null,
      assignments: ids(plan.assignmentsOfGoal(goal.id)),
      ...lifecycle(goal),
    })),
    indicators: [...content.indicators].sort(byTitle).map((indicator) => ({
      id: indicator.id,
      url: absolute(indicatorUrl(indicator.data)),
      title: indicator.data.title,
      description: indicator.data.description,
      text: body('indicators', indicator.id),
      dataSource: indicator.data.dataSource ?? null,
      unit: indicator.data.unit ?? null,
      baselineYear: indicator.data.baselineYear ?? null,
      betterDirection: indicator.data.betterDirection ?? null,
      target: indicator.data.target ? { value: indicator.data.target.value, year: indicator.data.target.year ?? null } : null,
      values: (values.get(indicator.id) ?? []).map((value) => ({ ...value })),
      goals: ids(plan.goalsOfIndicator(indicator.id)),
      ...lifecycle(indicator),
    })),
    assignments: [...content.assignments]
      .sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id))
      .map((assignment) => ({
        id: assignment.id,
        url: absolute(assignmentUrl(assignment.data)),
        title: assignment.data.title,
        date: isoDate(assignment.data.date),
        summary: assignment.data.summary,
        text: body('assignments', assignment.id),
        decidedBy: assignment.data.decidedBy,
        goals: [...assignment.data.goals],
        funding: assignment.data.funding ? { ...assignment.data.funding } : null,
        timetable: assignment.data.timetable.map((step) => ({ ...step })),
        signatories: assignment.data.signatories.map((signatory) => signatory.organisation),
        signedDate: assignment.data.signedDate ? isoDate(assignment.data.signedDate) : null,
        contactRoles: plan.contactsOfAssignment(assignment.id).map((c) => c.id),
        ...lifecycle(assignment),
      })),
    contactRoles: [...content.contacts]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((contact) => ({
        id: contact.id,
        url: isCurrent(contact) ? absolute(contactUrl(contact.id)) : null,
        role: contact.data.role,
        organisation: contact.data.organisation,
        about: contact.data.about,
        focusAreas: contact.data.focusAreas.map(areaIdOf),
        assignments: [...contact.data.assignments],
        ...lifecycle(contact),
      })),
    organisations: [...content.organisations]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv'))
      .map((organisation) => ({
        id: organisation.id,
        url: isCurrent(organisation) ? absolute(organisationUrl(organisation.id)) : null,
        name: organisation.data.name,
        abbreviation: organisation.data.abbreviation ?? null,
        kind: organisation.data.kind,
        municipalities: [...organisation.data.municipalities],
        partOf: organisation.data.partOf ?? null,
        website: organisation.data.website ?? null,
        text: body('organisations', organisation.id),
        ...lifecycle(organisation),
      })),
    timeline: [...content.events]
      .sort((a, b) => a.data.date.sortKey.localeCompare(b.data.date.sortKey) || a.id.localeCompare(b.id))
      .map((event) => ({
        id: event.id,
        url: isCurrent(event) ? absolute(eventUrl(event.id)) : null,
        date: event.data.date.sortKey,
        dateLabel: event.data.date.label,
        title: event.data.title,
        text: body('events', event.id),
        ...lifecycle(event),
      })),
  };
}
