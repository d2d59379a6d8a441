import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryIdFromPath } from './schemas/index.ts';

// Tests and benchmarks point the build at generated content with HPH_CONTENT_DIR.
const contentRoot = process.env['HPH_CONTENT_DIR'] ?? './content';

function collection<K extends keyof typeof COLLECTIONS>(name: K) {
  const { folder, pattern, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ base: `${contentRoot}/${folder}`, pattern, generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: schema as (typeof COLLECTIONS)[K]['schema'],
  });
}

export const collections = {
  focusAreas: collection('focusAreas'),
  goals: collection('goals'),
  indicators: collection('indicators'),
  assignments: collection('assignments'),
  contacts: collection('contacts'),
  organisations: collection('organisations'),
  events: collection('events'),
  pages: collection('pages'),
};
