/**
 * What the search index records about each page besides its text: its type, the focus areas and
 * target groups it concerns (the filters), a goal's number and target group (shown with the
 * result) and the editors' extra search words. Derived from the plan, so an indicator is found
 * under the focus areas and target groups of the goals it follows up. Pure, for the tests.
 */
import { targetGroupName } from '../i18n/sv.ts';
import type { Assignment } from '../schemas/assignment.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import { TARGET_GROUPS, type Goal, type TargetGroup } from '../schemas/goal.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Entry } from '../plan/entries.ts';
import type { PlanGraph } from '../plan/graph.ts';
import type { ContentType } from './contract.ts';
import { goalCode } from '../plan/urls.ts';

export interface PageSearchData {
  type: ContentType;
  /** Titles of the focus areas the page concerns, in the plan's order. */
  focusAreas: string[];
  /** Display names of the target groups the page concerns: "Vuxna", "Barn och unga". */
  targetGroups: string[];
  /** For a goal page: its number and target group, to show with the result. */
  goal?: { code: string; targetGroup: string };
  keywords: string[];
}

type Plan = Pick<PlanGraph, 'focusAreaByNumber' | 'goalsOfIndicator' | 'goalsOfAssignment'>;

function concerning(goals: Entry<Goal>[], plan: Plan) {
  const areaNumbers = [...new Set(goals.map((goal) => goal.data.focusArea))].sort((a, b) => a - b);
  const groups = TARGET_GROUPS.filter((group) => goals.some((goal) => goal.data.targetGroup === group));
  return {
    focusAreas: areaNumbers.flatMap((n) => plan.focusAreaByNumber.get(n)?.data.title ?? []),
    targetGroups: groups.map((group: TargetGroup) => targetGroupName[group]),
  };
}

export function focusAreaSearchData(area: Entry<FocusArea>): PageSearchData {
  return {
    type: 'fokusområde',
    focusAreas: [area.data.title],
    // Every focus area has goals for both target groups.
    targetGroups: TARGET_GROUPS.map((group) => targetGroupName[group]),
    keywords: area.data.keywords,
  };
}

export function goalSearchData(goal: Entry<Goal>, plan: Plan): PageSearchData {
  const targetGroup = targetGroupName[goal.data.targetGroup];
  return {
    type: 'mål',
    ...concerning([goal], plan),
    goal: { code: goalCode(goal.data), targetGroup },
    keywords: goal.data.keywords,
  };
}

export function indicatorSearchData(indicator: Entry<Indicator>, plan: Plan): PageSearchData {
  return { type: 'indikator', ...concerning(plan.goalsOfIndicator(indicator.id), plan), keywords: indicator.data.keywords };
}

export function assignmentSearchData(assignment: Entry<Assignment>, plan: Plan): PageSearchData {
  return {
    type: 'uppdragshandling',
    ...concerning(plan.goalsOfAssignment(assignment.id), plan),
    keywords: assignment.data.keywords,
  };
}

/** Pages that are not about one entry: the start page, lists, "Om planen", "Kontakt". */
export function pageSearchData(type: 'sida' | 'kontakt', keywords: string[] = []): PageSearchData {
  return { type, focusAreas: [], targetGroups: [], keywords };
}
