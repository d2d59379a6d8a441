/**
 * The only module that calls `getCollection`. Drafts are dropped here, once; the graph is built
 * once per build and the build stops with every integrity problem if there are any.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName, COLLECTIONS } from '../schemas/collections.ts';
import type { ContentSet, Entry } from '../plan/entries.ts';
import { buildGraph, type PlanGraph } from '../plan/graph.ts';
import { formatIssues } from '../plan/issues.ts';
import { validatePlan } from '../plan/rules/index.ts';
import { contentDirOf } from '../publishing/content-dir.ts';
import type { IndicatorValue } from '../indicators/indicator-data.ts';
import { indicatorDataOf, readIndicatorCsvFiles } from '../indicators/indicator-files.ts';

async function load<C extends CollectionName>(name: C): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const entries = await getCollection(name, (entry) => !entry.data.draft);
  return entries.map((entry) => ({
    id: entry.id,
    filePath: `content/${COLLECTIONS[name].folder}/${entry.filePath?.split('/').pop() ?? entry.id}`,
    data: entry.data,
  }));
}

let cached: Promise<PlanGraph> | undefined;

/** The whole plan as a graph. Throws, listing every problem, if the content does not hold together. */
export function getPlan(): Promise<PlanGraph> {
  cached ??= (async () => {
    const loaded = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await load(name)] as const));
    const content = Object.fromEntries(loaded) as unknown as ContentSet;
    const graph = buildGraph(content);
    const issues = validatePlan(content, graph).filter((issue) => issue.severity === 'error');
    if (issues.length > 0) {
      throw new Error(
        `Innehållet hänger inte ihop: ${issues.length} fel. Sajten byggs inte förrän de är rättade.\n\n${formatIssues(issues)}\n`,
      );
    }
    return graph;
  })();
  return cached;
}

/** Rendering needs Astro's own entry; pages get it by collection and id. */
export async function getRenderable<C extends CollectionName>(name: C, id: string) {
  const entry = await getEntry(name, id);
  if (!entry) throw new Error(`Hittade inte \`${id}\` i samlingen \`${name}\`.`);
  return entry;
}

/**
 * A page of its own in `content/sidor/` (`/om/`, `/stod-nu/` and the others): its entry, its
 * rendered text, the file its edit link names, and the plan around it.
 */
export async function getStandalonePage(id: string) {
  const [plan, page] = await Promise.all([getPlan(), getRenderable('pages', id)]);
  const { Content } = await render(page);
  const file = plan.content.pages.find((entry) => entry.id === id)?.filePath ?? `content/${COLLECTIONS.pages.folder}/${id}.md`;
  return { plan, page, Content, file };
}

let cachedValues: Promise<Map<string, IndicatorValue[]>> | undefined;

/** Every indicator's values from its CSV file, by indicator id. Throws on any problem in a CSV. */
export function getIndicatorValues(): Promise<Map<string, IndicatorValue[]>> {
  cachedValues ??= (async () => {
    const plan = await getPlan();
    const root = process.cwd();
    const files = await readIndicatorCsvFiles(contentDirOf(root), root);
    const { valuesById, issues } = indicatorDataOf(files, plan.content);
    if (issues.length > 0) {
      throw new Error(`Mätvärdena går inte att publicera: ${issues.length} fel. Sajten byggs inte förrän de är rättade.\n\n${formatIssues(issues)}\n`);
    }
    return valuesById;
  })();
  return cachedValues;
}
