/**
 * Facts about the plan as a whole that no single entry carries. Each is stated in the sources:
 * 7 goals for adults and 8 for children and young people, agreed by the steering group on
 * 8 May 2017 (VästKom, "Uppdrag psykisk hälsa i Västra Götaland").
 */
import type { TargetGroup } from '../schemas/goal.ts';

export const PLAN_GOAL_TOTALS: Record<TargetGroup, number> = { vuxna: 7, 'barn-och-unga': 8 };
