/**
 * Schema.org descriptions (JSON-LD) of goal and assignment pages, for search engines and other
 * machines: what the page is about, which plan it belongs to, who decided and funded an
 * assignment. Pure, so tests check it without a build.
 */
import { targetGroupName } from '../i18n/sv.ts';
import type { Entry } from '../plan/entries.ts';
import type { PlanGraph } from '../plan/graph.ts';
import { assignmentUrl, focusAreaUrl, goalCode, goalLabel, goalUrl, organisationUrl } from '../plan/urls.ts';
import type { Assignment } from '../schemas/assignment.ts';
import type { Goal } from '../schemas/goal.ts';

export interface Site {
  name: string;
  url: string;
  /** The organisations that publish the site (`publisher` in content/installningar.yml). */
  publisher?: readonly string[] | undefined;
}

type JsonLd = Record<string, unknown>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** schema.org's own words for a work that is in force or withdrawn. */
const statusOf = (status: string) => (status === 'gällande' ? 'Published' : 'Obsolete');

function page(site: Site, path: string, name: string, mainEntity: JsonLd): JsonLd {
  const url = new URL(path, site.url).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name,
    inLanguage: 'sv',
    isPartOf: {
      '@type': 'WebSite',
      name: site.name,
      url: new URL('/', site.url).href,
      ...(site.publisher?.length ? { publisher: site.publisher.map((name) => ({ '@type': 'Organization', name })) } : {}),
    },
    mainEntity,
  };
}

const plan = (site: Site): JsonLd => ({ '@type': 'CreativeWork', name: site.name, url: new URL('/', site.url).href });

const goalRef = (site: Site, goal: Entry<Goal>): JsonLd => ({
  '@type': 'CreativeWork',
  '@id': `${new URL(goalUrl(goal.data), site.url).href}#mal`,
  name: `${goalLabel(goal.data)}: ${goal.data.title}`,
  url: new URL(goalUrl(goal.data), site.url).href,
});

export function goalJsonLd(graph: PlanGraph, goal: Entry<Goal>, site: Site): JsonLd {
  const area = graph.focusAreaByNumber.get(goal.data.focusArea);
  const { period } = goal.data;
  return page(site, goalUrl(goal.data), `${goalLabel(goal.data)}: ${goal.data.title}`, {
    ...goalRef(site, goal),
    headline: goal.data.title,
    identifier: goalCode(goal.data),
    audience: { '@type': 'PeopleAudience', audienceType: targetGroupName[goal.data.targetGroup] },
    temporalCoverage: `${period.from}/${period.extendedTo ?? period.to}`,
    creativeWorkStatus: statusOf(goal.data.status),
    inLanguage: 'sv',
    isPartOf: plan(site),
    ...(area ? { about: { '@type': 'Thing', name: area.data.title, url: new URL(focusAreaUrl(area.data), site.url).href } } : {}),
  });
}

export function assignmentJsonLd(graph: PlanGraph, assignment: Entry<Assignment>, site: Site): JsonLd {
  const { data } = assignment;
  const organisation = (id: string): JsonLd => ({
    '@type': 'Organization',
    name: graph.organisationById.get(id)?.data.name ?? id,
    url: new URL(organisationUrl(id), site.url).href,
  });
  const url = new URL(assignmentUrl(data), site.url).href;
  return page(site, assignmentUrl(data), data.title, {
    '@type': 'CreativeWork',
    '@id': `${url}#uppdrag`,
    name: data.title,
    url,
    abstract: data.summary,
    dateCreated: isoDate(data.date),
    creativeWorkStatus: statusOf(data.status),
    inLanguage: 'sv',
    author: organisation(data.decidedBy),
    ...(data.funding ? { funder: organisation(data.funding.decidedBy) } : {}),
    about: graph.goalsOfAssignment(assignment.id).map((goal) => goalRef(site, goal)),
    isPartOf: plan(site),
  });
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export const serializeJsonLd = (data: JsonLd) => JSON.stringify(data).replace(/</g, '\\u003c');
