/** Goal topics without a published goal: where their page is and what it is called. */
import type { GOAL_TOPICS } from '../schemas/local-work.ts';

export type GoalTopic = (typeof GOAL_TOPICS)[number];

export const GOAL_TOPIC_PAGES: Record<GoalTopic, { url: string; label: string }> = {
  suicidprevention: { url: '/suicidprevention/', label: 'Nollvisionen för suicid' },
};
