import { z } from 'astro/zod';
import { DaySchema, EntryIdSchema, lifecycleFields, SourcesSchema } from './shared.ts';

/** A contact role: whom to ask about a part of the plan. The person holding it is kept apart,
 * because people change jobs while the role stays. */
export const ContactSchema = z
  .object({
    /** The role's title, e.g. "Utvecklingsledare". */
    role: z.string().min(1),
    /** Id of the organisation the role belongs to, e.g. `vardsamverkan-fyrbodal`. */
    organisation: EntryIdSchema,
    /** What to contact the role about, in one plain sentence. */
    about: z.string().min(1),
    /** The person who held the role according to the source, if it names one. */
    holder: z
      .object({
        /** Full name, e.g. as printed in the source. */
        name: z.string().min(1),
        /** E-mail address, if the source gives one. */
        email: z.email().optional(),
        /** Phone number exactly as the source gives it, e.g. "070-123 45 67". */
        phone: z.string().regex(/^[0-9 +()-]{6,20}$/, 'Skriv numret med siffror, mellanslag och bindestreck.').optional(),
        /** When the source stated this, e.g. `2016-09-14`, so readers can judge if it is current. */
        asOf: DaySchema,
      })
      .strict()
      .optional(),
    /** Numbers of the focus areas the role answers questions about, e.g. `[3]`. */
    focusAreas: z.array(z.number().int().min(1).max(5)).default([]),
    /** Ids of assignment documents the role is linked to. */
    assignments: z.array(EntryIdSchema).default([]),
    /** Where the role comes from. */
    sources: SourcesSchema,
    ...lifecycleFields,
  })
  .strict();

export type Contact = z.output<typeof ContactSchema>;
