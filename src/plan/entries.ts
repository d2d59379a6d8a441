/** The shape every part of the site passes content around in: plain data, no Astro imports, so
 * the graph, the editors' check and the tests all work on the same thing. */
import type { z } from 'astro/zod';
import type { COLLECTIONS, CollectionName } from '../schemas/collections.ts';

export interface Entry<T> {
  /** The file name without extension, e.g. `vuxna-3-2`. */
  id: string;
  /** Path relative to the project, e.g. `content/mal/vuxna-3-2.md`, for messages. */
  filePath: string;
  data: T;
}

/** Every collection's entries, by collection name; one key per collection in the registry. */
export type ContentSet = { [C in CollectionName]: Entry<z.output<(typeof COLLECTIONS)[C]['schema']>>[] };

/** Entries still part of the plan; withdrawn ones keep their page but leave lists. */
export const current = <T extends { status: string }>(entries: Entry<T>[]) =>
  entries.filter((entry) => entry.data.status === 'gällande');
