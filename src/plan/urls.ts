/**
 * Every page URL derives from an entry's data, never from its file name, so renaming a file
 * changes nothing. Municipalities link to these: a published URL must never change. The patterns
 * are the collections registry's (`url` in src/schemas/collections.ts); these functions fill them.
 */
import type { Assignment } from '../schemas/assignment.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import type { Goal } from '../schemas/goal.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { targetGroupFor } from '../i18n/sv.ts';

/** The `{field}` names in a URL pattern, as a type: `'/x/{slug}/'` → `'slug'`. */
type UrlFields<P extends string> = P extends `${string}{${infer F}}${infer Rest}` ? F | UrlFields<Rest> : never;

/** The fields a URL pattern is filled from, in order: `/mal/{targetGroup}/{focusArea}-{number}/` → three. */
export const urlFieldsOf = (pattern: string): string[] => [...pattern.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);

/** A registry URL pattern filled from an entry's data, e.g. `/fokusomraden/{slug}/` → `/fokusomraden/delaktighet/`. */
export function fillUrl<P extends string>(pattern: P, values: { readonly [K in UrlFields<P>]: string | number }): string {
  const given = values as Readonly<Record<string, string | number>>;
  return pattern.replace(/\{(\w+)\}/g, (_, field: string) => String(given[field]));
}

export const focusAreaUrl = (area: Pick<FocusArea, 'slug'>) => fillUrl(COLLECTIONS.focusAreas.url, area);

type GoalKey = Pick<Goal, 'targetGroup' | 'focusArea' | 'number'>;
export const goalUrl = (goal: GoalKey) => fillUrl(COLLECTIONS.goals.url, goal);

/** The page listing one target group's goals, e.g. `/mal/vuxna/`. */
export const goalGroupUrl = (group: Goal['targetGroup']) => `/mal/${group}/`;

/** "3:2", the way the plan numbers goals. */
export const goalCode = (goal: Pick<Goal, 'focusArea' | 'number'>) => `${goal.focusArea}:${goal.number}`;

/** "Mål 3:2 för vuxna". */
export const goalLabel = (goal: GoalKey) => `Mål ${goalCode(goal)} ${targetGroupFor[goal.targetGroup]}`;

export const indicatorUrl = (indicator: Pick<Indicator, 'slug'>) => fillUrl(COLLECTIONS.indicators.url, indicator);
export const assignmentUrl = (assignment: Pick<Assignment, 'slug'>) => fillUrl(COLLECTIONS.assignments.url, assignment);
export const contactUrl = (id: string) => fillUrl(COLLECTIONS.contacts.url, { id });
export const organisationUrl = (id: string) => fillUrl(COLLECTIONS.organisations.url, { id });
/** An event in the timeline on the about page. */
export const eventUrl = (id: string) => fillUrl(COLLECTIONS.events.url, { id });

/** Turns a title into a URL segment: lower-case ASCII, å/ä → a, ö → o, words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
