import { z } from 'astro/zod';
import { EntryIdSchema, lifecycleFields, SourcesSchema } from './shared.ts';

/** What kind of local or sub-regional work it is. */
export const LOCAL_WORK_KINDS = ['plan', 'projekt', 'överenskommelse', 'riktlinje', 'arbetssätt'] as const;

/** Goal topics the sources name without a goal number, so work can point at them before the goal is published. */
export const GOAL_TOPICS = ['suicidprevention'] as const;

/**
 * A local or sub-regional plan, project or activity that carries the plan out, e.g. Lidköping's
 * own plan 2018–2020 or Suicidprevention Sjuhärad. Listed on the goal pages it serves ("Så
 * arbetar man med målet i länet"), on its sub-region's page and, for suicide prevention, on
 * `/suicidprevention/`. The body says what it is, in a few sentences.
 */
export const LocalWorkSchema = z
  .object({
    /** Its name, e.g. "Handlingsplan psykisk hälsa 2018–2020 i Lidköping". */
    title: z.string().min(1),
    /** One of: `plan`, `projekt`, `överenskommelse`, `riktlinje`, `arbetssätt`. */
    kind: z.enum(LOCAL_WORK_KINDS),
    /** Where: a municipality, a sub-region or `Västra Götaland`, as the site names them, e.g. `Lidköping`. */
    area: z.string().min(1),
    /** The organisation behind it, if it is one the site describes, e.g. `skaraborgs-kommunalforbund`. */
    organisation: EntryIdSchema.optional(),
    /** The years it covers, if the sources say, e.g. `{ from: 2018, to: 2020 }`. */
    period: z
      .object({
        /** First year, e.g. `2018`. */
        from: z.number().int().min(2000).max(2100),
        /** Last year, if known, e.g. `2020`. */
        to: z.number().int().min(2000).max(2100).optional(),
      })
      .strict()
      .optional(),
    /** Ids of the goals it works toward, e.g. `[vuxna-3-2]`. */
    goals: z.array(EntryIdSchema).default([]),
    /** Goal topics it serves whose goals are not published yet: `suicidprevention`. */
    goalTopics: z.array(z.enum(GOAL_TOPICS)).default([]),
    /** `true` when it carries out the plan as a whole, not named goals; it is then listed on every goal page. */
    wholePlan: z.boolean().default(false),
    /** Where the facts about it come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
  })
  .strict();

export type LocalWork = z.output<typeof LocalWorkSchema>;
