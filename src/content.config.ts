import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { swedishErrorMap } from './plan/zod-error-map.ts';
import { contentDirOf } from './publishing/content-dir.ts';
import { COLLECTIONS, entryIdFromPath, type CollectionName } from './schemas/collections.ts';

// Content errors Astro reports itself are worded like `npm run check`'s.
z.config({ customError: swedishErrorMap });

// Tests and benchmarks point the build at generated content with HPH_CONTENT_DIR.
const contentRoot = contentDirOf(process.cwd());

const loader = (name: CollectionName) =>
  glob({
    base: `${contentRoot}/${COLLECTIONS[name].folder}`,
    pattern: COLLECTIONS[name].pattern,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

export const collections = {
  focusAreas: defineCollection({ loader: loader('focusAreas'), schema: COLLECTIONS.focusAreas.schema }),
  goals: defineCollection({ loader: loader('goals'), schema: COLLECTIONS.goals.schema }),
  indicators: defineCollection({ loader: loader('indicators'), schema: COLLECTIONS.indicators.schema }),
  assignments: defineCollection({ loader: loader('assignments'), schema: COLLECTIONS.assignments.schema }),
  contacts: defineCollection({ loader: loader('contacts'), schema: COLLECTIONS.contacts.schema }),
  organisations: defineCollection({ loader: loader('organisations'), schema: COLLECTIONS.organisations.schema }),
  events: defineCollection({ loader: loader('events'), schema: COLLECTIONS.events.schema }),
  pages: defineCollection({ loader: loader('pages'), schema: COLLECTIONS.pages.schema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: COLLECTIONS.glossary.schema }),
  localWork: defineCollection({ loader: loader('localWork'), schema: COLLECTIONS.localWork.schema }),
};
