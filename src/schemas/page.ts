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
    /**
     * Only in `content/sidor/start.md`: where the plan stands today, in one or two plain sentences,
     * shown on the start page and on every goal page. Write only what the sources say, e.g.
     * "Planen gällde 2018–2020 och förlängdes till slutet av 2024."
     */
    planToday: z.string().min(1).optional(),
    ...lifecycleFields,
    ...searchFields,
  })
  .strict();

export type Page = z.output<typeof PageSchema>;
