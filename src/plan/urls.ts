/**
 * Every page URL derives from an entry's data, never from its file name, so renaming a file
 * changes nothing. Municipalities link to these: a published URL must never change.
 */
import type { Assignment } from '../schemas/assignment.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import type { Goal } from '../schemas/goal.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { targetGroupFor } from '../i18n/sv.ts';

export const focusAreaUrl = (area: Pick<FocusArea, 'slug'>) => `/fokusomraden/${area.slug}/`;

type GoalKey = Pick<Goal, 'targetGroup' | 'focusArea' | 'number'>;
export const goalUrl = (goal: GoalKey) => `/mal/${goal.targetGroup}/${goal.focusArea}-${goal.number}/`;

/** The page listing one target group's goals, e.g. `/mal/vuxna/`. */
export const goalGroupUrl = (group: Goal['targetGroup']) => `/mal/${group}/`;

/** "3:2", the way the plan numbers goals. */
export const goalCode = (goal: Pick<Goal, 'focusArea' | 'number'>) => `${goal.focusArea}:${goal.number}`;

/** "Mål 3:2 för vuxna". */
export const goalLabel = (goal: GoalKey) => `Mål ${goalCode(goal)} ${targetGroupFor[goal.targetGroup]}`;

export const indicatorUrl = (indicator: Pick<Indicator, 'slug'>) => `/indikatorer/${indicator.slug}/`;
export const assignmentUrl = (assignment: Pick<Assignment, 'slug'>) => `/uppdrag/${assignment.slug}/`;
export const contactUrl = (id: string) => `/kontakt/#${id}`;
export const organisationUrl = (id: string) => `/organisation/#${id}`;
/** An event in the timeline on the about page. */
export const eventUrl = (id: string) => `/om/#${id}`;

/** Turns a title into a URL segment: lower-case ASCII, å/ä → a, ö → o, words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
