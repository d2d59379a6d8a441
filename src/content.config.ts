import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { swedishErrorMap } from './plan/zod-error-map.ts';
import { contentDirOf } from './publishing/content-dir.ts';
import { COLLECTION_NAMES, COLLECTIONS, entryIdFromPath, type CollectionName } from './schemas/collections.ts';

// Content errors Astro reports itself are worded like `npm run check`'s.
z.config({ customError: swedishErrorMap });

// Tests and benchmarks point the build at generated content with HPH_CONTENT_DIR.
const contentRoot = contentDirOf(process.cwd());

/** One collection of the registry: a glob loader over its folder, and its schema. */
const collectionOf = (name: CollectionName) =>
  defineCollection({
    loader: glob({
      base: `${contentRoot}/${COLLECTIONS[name].folder}`,
      pattern: COLLECTIONS[name].pattern,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: COLLECTIONS[name].schema,
  });

/** A collection typed with its own schema, so `getCollection('goals')` gives goals, not any entry. */
type Collection<C extends CollectionName> = Omit<ReturnType<typeof collectionOf>, 'schema'> & {
  schema: (typeof COLLECTIONS)[C]['schema'];
};

/** Every collection in the registry. */
export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collectionOf(name)])) as {
  [C in CollectionName]: Collection<C>;
};
