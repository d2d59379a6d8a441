/** Which local and sub-regional work belongs on which page. Pure. */
import type { Entry } from './entries.ts';
import type { GOAL_TOPICS, LocalWork } from '../schemas/local-work.ts';
import type { Organisation } from '../schemas/organisation.ts';

/** A goal topic that has no published goal, e.g. `suicidprevention`. */
export type GoalTopic = (typeof GOAL_TOPICS)[number];

const byAreaThenTitle = (a: Entry<LocalWork>, b: Entry<LocalWork>) =>
  a.data.area.localeCompare(b.data.area, 'sv') || a.data.title.localeCompare(b.data.title, 'sv');
const isCurrent = (w: Entry<LocalWork>) => w.data.status === 'gällande';

/** Work toward a goal: named for it, or carrying out the whole plan. */
export const localWorkOfGoal = (work: readonly Entry<LocalWork>[], goalId: string) =>
  work.filter((w) => isCurrent(w) && (w.data.goals.includes(goalId) || w.data.wholePlan)).sort(byAreaThenTitle);

/** Work on a goal topic whose goal is not published yet, e.g. suicide prevention. */
export const localWorkOfTopic = (work: readonly Entry<LocalWork>[], topic: GoalTopic) =>
  work.filter((w) => isCurrent(w) && w.data.goalTopics.includes(topic)).sort(byAreaThenTitle);

/** Work in a sub-region: in the group's name, one of its municipalities, or by the group or the body standing in for it. */
export function localWorkOfSubRegion(work: readonly Entry<LocalWork>[], group: Entry<Organisation>, municipalities: readonly string[]) {
  const areas = new Set([group.data.name, ...municipalities]);
  const bodies = new Set([group.id, ...(group.data.membersFrom ? [group.data.membersFrom] : [])]);
  return work
    .filter((w) => isCurrent(w) && (areas.has(w.data.area) || (w.data.organisation !== undefined && bodies.has(w.data.organisation))))
    .sort(byAreaThenTitle);
}
