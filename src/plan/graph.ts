/**
 * The cross-reference graph of the whole plan, built from plain entries. Pure: no Astro import,
 * so tests and the editors' check run it directly. It does not judge the content: the rules in
 * `rules/` do (`validatePlan`), and the build refuses to publish while they find errors.
 */
import type { Assignment } from '../schemas/assignment.ts';
import type { Contact } from '../schemas/contact.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import type { Goal } from '../schemas/goal.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { ContentSet, Entry } from './entries.ts';

export interface PlanGraph {
  content: ContentSet;
  focusAreaByNumber: Map<number, Entry<FocusArea>>;
  goalById: Map<string, Entry<Goal>>;
  indicatorById: Map<string, Entry<Indicator>>;
  assignmentById: Map<string, Entry<Assignment>>;
  organisationById: Map<string, Entry<Organisation>>;
  goalsOfFocusArea: (area: number) => Entry<Goal>[];
  indicatorsOfGoal: (goalId: string) => Entry<Indicator>[];
  goalsOfIndicator: (indicatorId: string) => Entry<Goal>[];
  assignmentsOfGoal: (goalId: string) => Entry<Assignment>[];
  goalsOfAssignment: (assignmentId: string) => Entry<Goal>[];
  counterpartOf: (goalId: string) => Entry<Goal> | undefined;
  contactsOfGoal: (goalId: string) => Entry<Contact>[];
  contactsOfAssignment: (assignmentId: string) => Entry<Contact>[];
  contactsOfOrganisation: (organisationId: string) => Entry<Contact>[];
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** Goals in the order the plan lists them: area, then number, adults before children. */
export function compareGoals(a: Entry<Goal>, b: Entry<Goal>): number {
  return (
    a.data.focusArea - b.data.focusArea ||
    a.data.number - b.data.number ||
    a.data.targetGroup.localeCompare(b.data.targetGroup, 'sv') * -1
  );
}

function groupBy<T>(items: T[], keysOf: (item: T) => readonly (string | number)[]) {
  const groups = new Map<string | number, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return (key: string | number) => groups.get(key) ?? [];
}

export function buildGraph(content: ContentSet): PlanGraph {
  const goals = [...content.goals].sort(compareGoals);
  const focusAreaByNumber = new Map(content.focusAreas.map((area) => [area.data.number, area]));
  const goalById = byId(goals);
  const indicatorById = byId(content.indicators);
  const assignmentById = byId(content.assignments);
  const organisationById = byId(content.organisations);

  const present = <T>(map: Map<string, T>) => (ids: string[]) =>
    ids.flatMap((id) => (map.has(id) ? [map.get(id) as T] : []));
  const goalsOfIndicator = groupBy(goals, (goal) => goal.data.indicators);
  const assignmentsOfGoal = groupBy(content.assignments, (a) => a.data.goals);
  const contactsOfAssignment = groupBy(content.contacts, (c) => c.data.assignments);
  const contactsOfArea = groupBy(content.contacts, (c) => c.data.focusAreas);

  return {
    content: { ...content, goals },
    focusAreaByNumber,
    goalById,
    indicatorById,
    assignmentById,
    organisationById,
    goalsOfFocusArea: groupBy(goals, (goal) => [goal.data.focusArea]),
    indicatorsOfGoal: (id) => present(indicatorById)(goalById.get(id)?.data.indicators ?? []),
    goalsOfIndicator,
    assignmentsOfGoal,
    goalsOfAssignment: (id) => present(goalById)(assignmentById.get(id)?.data.goals ?? []).sort(compareGoals),
    counterpartOf: (id) => {
      const counterpart = goalById.get(id)?.data.counterpart;
      return counterpart ? goalById.get(counterpart) : undefined;
    },
    // Whom to ask about a goal: roles tied to an assignment serving it, then to its focus area.
    contactsOfGoal: (id) => {
      const goal = goalById.get(id);
      if (!goal) return [];
      const viaAssignments = assignmentsOfGoal(id).flatMap((a) => contactsOfAssignment(a.id));
      return [...new Set([...viaAssignments, ...contactsOfArea(goal.data.focusArea)])];
    },
    contactsOfAssignment,
    contactsOfOrganisation: groupBy(content.contacts, (c) => [c.data.organisation]),
  };
}
