import type { z } from 'astro/zod';
import { AssignmentSchema } from './assignment.ts';
import { ContactSchema } from './contact.ts';
import { EventSchema } from './event.ts';
import { FocusAreaSchema } from './focus-area.ts';
import { GlossaryTermSchema } from './glossary-term.ts';
import { GoalSchema } from './goal.ts';
import { IndicatorSchema } from './indicator.ts';
import { LocalWorkSchema } from './local-work.ts';
import { OrganisationSchema } from './organisation.ts';
import { PageSchema } from './page.ts';

/**
 * Every content collection: its folder under `content/`, the files it reads and its schema.
 * The build (`src/content.config.ts`) and the editors' check both read this one list.
 */
export const COLLECTIONS = {
  focusAreas: { folder: 'fokusomraden', pattern: '*.md', schema: FocusAreaSchema, bodyRequired: true },
  goals: { folder: 'mal', pattern: '*.md', schema: GoalSchema, bodyRequired: true },
  indicators: { folder: 'indikatorer', pattern: '*.md', schema: IndicatorSchema, bodyRequired: true },
  assignments: { folder: 'uppdrag', pattern: '*.{md,mdx}', schema: AssignmentSchema, bodyRequired: true },
  contacts: { folder: 'kontakter', pattern: '*.md', schema: ContactSchema, bodyRequired: false },
  organisations: { folder: 'organisationer', pattern: '*.md', schema: OrganisationSchema, bodyRequired: true },
  events: { folder: 'tidslinje', pattern: '*.md', schema: EventSchema, bodyRequired: false },
  pages: { folder: 'sidor', pattern: '*.{md,mdx}', schema: PageSchema, bodyRequired: true },
  glossary: { folder: 'ordlista', pattern: '*.md', schema: GlossaryTermSchema, bodyRequired: false },
  localWork: { folder: 'lokalt-arbete', pattern: '*.md', schema: LocalWorkSchema, bodyRequired: true },
} as const satisfies Record<string, { folder: string; pattern: string; schema: z.ZodType; bodyRequired: boolean }>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** An entry's id is its file name without extension, so editors refer to entries by file name. */
export function entryIdFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.(md|mdx)$/, '');
}
