import { z } from 'astro/zod';
import { historyFields, EntryIdSchema, lifecycleFields, SourcesSchema, searchFields } from './shared.ts';

/** The plan's two target groups; the value is also the goal's URL segment. */
export const TARGET_GROUPS = ['vuxna', 'barn-och-unga'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** A goal (mål) of the plan for one target group, e.g. "Mål 3:2" for adults. The body is the goal text. */
export const GoalSchema = z
  .object({
    /** Number of the focus area the goal belongs to, 1–5; the first part of "3:2". */
    focusArea: z.number().int().min(1).max(5),
    /** The goal's number within its focus area; the second part of "3:2", e.g. `2`. Up to 999, so
     * that regions with plans many times larger can reuse the site (the benchmark builds 500 per area). */
    number: z.number().int().min(1).max(999),
    /** Who the goal is for: `vuxna` or `barn-och-unga`. */
    targetGroup: z.enum(TARGET_GROUPS),
    /** A short heading for the goal in plain words, e.g. "Brukarföreträdare är delaktiga i utvecklingsarbete". */
    title: z.string().min(1),
    /** Ids of the indicators that follow the goal up, e.g. `[systematiskt-samarbete-med-brukarorganisationer]`. */
    indicators: z.array(EntryIdSchema).default([]),
    /** Id of the corresponding goal for the other target group, if there is one, e.g. `barn-och-unga-3-2`. */
    counterpart: EntryIdSchema.optional(),
    /** The plan period the goal belongs to, e.g. `{ from: 2018, to: 2020, extendedTo: 2024 }`. */
    period: z
      .object({
        /** First year, e.g. `2018`. */
        from: z.number().int().min(2000).max(2100),
        /** Last year as decided, e.g. `2020`. */
        to: z.number().int().min(2000).max(2100),
        /** Last year after a decided extension, e.g. `2024`. */
        extendedTo: z.number().int().min(2000).max(2100).optional(),
      })
      .strict(),
    /** Where the goal's number and wording come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
    ...historyFields,
    ...searchFields,
  })
  .strict();

export type Goal = z.output<typeof GoalSchema>;
