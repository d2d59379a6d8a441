/**
 * The ready citation on a goal page ("Hänvisa till målet"): who stands behind the plan, the
 * goal's number, target group and title, the plan and its period, the permanent address and
 * the date the goal last changed.
 */
import { PUBLISHER, SITE_NAME } from '../consts.ts';
import type { Goal } from '../schemas/goal.ts';
import { goalLabel } from '../plan/urls.ts';

interface CitationInput {
  goal: Pick<Goal, 'targetGroup' | 'focusArea' | 'number' | 'title' | 'period'>;
  /** The goal's absolute, permanent address. */
  url: string;
  /** "1 december 2026", when the goal last changed; left out when unknown. */
  changed?: string | undefined;
}

export function goalCitation({ goal, url, changed }: CitationInput): string {
  const [first, second, third] = PUBLISHER.parties;
  const { from, to, extendedTo } = goal.period;
  const period = `${from}–${to}${extendedTo ? `, förlängd till och med ${extendedTo}` : ''}`;
  const date = changed ? ` (senast ändrat ${changed})` : '';
  return `${first}, ${second} och ${third}. ${goalLabel(goal)}: ${goal.title}. I: ${SITE_NAME}, ${period}. ${url}${date}.`;
}
