import { z } from 'astro/zod';
import { historyFields, lifecycleFields, SlugSchema, SourcesSchema, searchFields } from './shared.ts';

/** Which way an indicator should move for things to get better. */
export const BETTER_DIRECTIONS = ['högre', 'lägre'] as const;

/** A value the indicator should reach, e.g. `{ value: 40, year: 2025 }`. */
export const IndicatorTargetSchema = z
  .object({
    /** The value to reach, in the indicator's `unit`, e.g. `40`. */
    value: z.number(),
    /** The year it should be reached by, if the plan says, e.g. `2025`. */
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

/**
 * An indicator (indikator) used to follow up one or more goals. The body describes it. Its
 * measured values live in a CSV file next to it, `content/indikatorer/<id>.csv`, with the
 * columns `år` and `värde` and optionally `område` and `kön` (see CONTRIBUTING.md).
 */
export const IndicatorSchema = z
  .object({
    /** The indicator's name as the plan writes it, e.g. "Systematiskt samarbete med brukarorganisationer". */
    title: z.string().min(1),
    /** URL segment: `/indikatorer/<slug>/`. */
    slug: SlugSchema,
    /** One plain sentence on what the indicator shows, for lists. */
    description: z.string().min(1),
    /** Where the indicator's data comes from, if the sources say, e.g. "Kolada". */
    dataSource: z.string().min(1).optional(),
    /** Unit of every value in the CSV file, e.g. `procent` or `antal kommuner`. Needed when there is a CSV file. */
    unit: z.string().min(1).optional(),
    /** The year the follow-up compares with, e.g. `2018` (the plan's baseline measurement). The CSV must have it. */
    baselineYear: z.number().int().min(2000).max(2100).optional(),
    /** Which way is better: `högre` (a higher value is better) or `lägre`. Leave out when the plan does not say. */
    betterDirection: z.enum(BETTER_DIRECTIONS).optional(),
    /** The value to reach, with the year if the plan sets one, e.g. `target: { value: 40, year: 2025 }`. */
    target: IndicatorTargetSchema.optional(),
    /** Where the indicator's name and use come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
    ...historyFields,
    ...searchFields,
  })
  .strict();

export type Indicator = z.output<typeof IndicatorSchema>;
