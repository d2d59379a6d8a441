import { z } from 'astro/zod';
import { lifecycleFields, SourcesSchema, searchFields } from './shared.ts';

/** A free-standing text page such as "Om handlingsplanen". The body is the page. */
export const PageSchema = z
  .object({
    /** The page heading, e.g. "Om handlingsplanen". */
    title: z.string().min(1),
    /** One sentence for search results and link previews. */
    description: z.string().min(1),
    /** Where the facts on the page come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
    ...searchFields,
  })
  .strict();

export type Page = z.output<typeof PageSchema>;
