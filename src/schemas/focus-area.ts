import { z } from 'astro/zod';
import { lifecycleFields, SlugSchema, SourcesSchema, searchFields } from './shared.ts';

/** One of the plan's five focus areas (fokusområden), e.g. "3 Enskildas delaktighet och rättigheter". */
export const FocusAreaSchema = z
  .object({
    /** The area's number in the plan, 1–5, e.g. `3`. Goal numbers start with it ("3:2"). */
    number: z.number().int().min(1).max(5),
    /** The area's name as the plan writes it, e.g. "Enskildas delaktighet och rättigheter". */
    title: z.string().min(1),
    /** URL segment: `/fokusomraden/<slug>/`, e.g. `enskildas-delaktighet-och-rattigheter`. */
    slug: SlugSchema,
    /** One or two plain sentences shown in lists and on the start page. */
    summary: z.string().min(1),
    /** The area's colour in lists and social cards, as `#rrggbb`, e.g. `#1f6f5c`. */
    color: z.string().regex(/^#[0-9a-f]{6}$/i, 'Ange en färg som #rrggbb.'),
    /** Where the facts on the page come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
    ...searchFields,
  })
  .strict();

export type FocusArea = z.output<typeof FocusAreaSchema>;
