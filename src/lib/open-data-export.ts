/**
 * The plan export for this build, made once and checked before anything is written: it must
 * match its own schema and every reference in it must lead somewhere. Content mistakes are
 * caught earlier by the graph, so a failure here is a bug in `src/open-data/`.
 */
import { SITE_NAME, SITE_URL } from '../consts.ts';
import { getIndicatorValues, getPlan, getRenderable } from './content.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { buildPlanExport } from '../open-data/plan-export.ts';
import { findBrokenReferences } from '../open-data/references.ts';
import { type PlanExport, PlanExportSchema } from '../open-data/schema.ts';

const WITH_TEXT = ['focusAreas', 'goals', 'indicators', 'assignments', 'organisations', 'events'] as const satisfies CollectionName[];

let cached: Promise<PlanExport> | undefined;

export function getPlanExport(): Promise<PlanExport> {
  cached ??= (async () => {
    const plan = await getPlan();
    const bodies = new Map<string, string>();
    for (const collection of WITH_TEXT) {
      for (const entry of plan.content[collection]) {
        bodies.set(`${collection}/${entry.id}`, (await getRenderable(collection, entry.id)).body ?? '');
      }
    }
    const data = PlanExportSchema.parse(buildPlanExport(plan, { siteName: SITE_NAME, siteUrl: SITE_URL, bodies, values: await getIndicatorValues() }));
    const problems = findBrokenReferences(data);
    if (problems.length > 0) {
      throw new Error(`The plan export does not hold together:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    }
    return data;
  })();
  return cached;
}
