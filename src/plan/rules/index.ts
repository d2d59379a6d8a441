/**
 * Every integrity rule of the plan, in one call. The build (`src/lib/content.ts`) and the
 * editors' check (`src/check/graph-check.ts`) both run this, so they find the same problems;
 * the check adds lines and leaves out what only follows from a file that failed its schema.
 */
import type { ContentSet } from '../entries.ts';
import { buildGraph, type PlanGraph } from '../graph.ts';
import type { Issue } from '../issues.ts';
import { crossReferenceRules } from './cross-references.ts';
import { glossaryRules } from './glossary.ts';
import { lifecycleRules } from './lifecycle.ts';

/** All problems of the plan, errors and warnings; `graph` when the caller has built it already. */
export function validatePlan(content: ContentSet, graph: PlanGraph = buildGraph(content)): Issue[] {
  return [...crossReferenceRules(graph), ...lifecycleRules(content), ...glossaryRules(content)];
}
