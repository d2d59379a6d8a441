import { z } from 'astro/zod';
import { DaySchema, historyFields, EntryIdSchema, lifecycleFields, SlugSchema, SourcesSchema, searchFields } from './shared.ts';

/** An assignment document (uppdragshandling) that funds work toward named goals. The body holds
 * the document's sections (Bakgrund, Syfte, Aktivitet, Organisation) in plain markdown. */
export const AssignmentSchema = z
  .object({
    /** The document's title, e.g. "Statsbidrag för att stärka brukarsamverkan". */
    title: z.string().min(1),
    /** URL segment: `/uppdrag/<slug>/`. */
    slug: SlugSchema,
    /** The date the document carries, e.g. `2018-05-04`. */
    date: DaySchema,
    /** One plain sentence on what the assignment is for, shown in lists. */
    summary: z.string().min(1),
    /** Id of the organisation or body that decided on it, e.g. `styrgrupp-psykisk-halsa`. */
    decidedBy: EntryIdSchema,
    /** Ids of the goals the work serves, e.g. `[vuxna-3-2, barn-och-unga-3-2]`. */
    goals: z.array(EntryIdSchema).min(1, 'Ange minst ett mål (goals) som uppdraget gäller.'),
    /** Money set aside for the work, if the document says, e.g. `{ amount: 2, unit: mnkr, decidedBy: hss }`. */
    funding: z
      .object({
        /** The sum, e.g. `2`. */
        amount: z.number().positive(),
        /** The unit: `kr`, `tkr` or `mnkr`. */
        unit: z.enum(['kr', 'tkr', 'mnkr']),
        /** Id of the organisation that allocated the money, e.g. `hss`. */
        decidedBy: EntryIdSchema,
      })
      .strict()
      .optional(),
    /** Steps and when they happen, in order, e.g. `{ when: "Våren 2018", what: "Beslut i styrgruppen" }`. */
    timetable: z
      .array(
        z
          .object({
            /** When the step happens, as the document says, e.g. "Våren 2018". */
            when: z.string().min(1),
            /** What happens, e.g. "Beslut i styrgruppen". */
            what: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** Who signed the document: the organisation's id and, if given, the signer's name and date. */
    signatories: z
      .array(
        z
          .object({
            /** Id of the signing organisation, e.g. `vastkom`. */
            organisation: EntryIdSchema,
            /** The signer's name as printed in the document. */
            name: z.string().min(1).optional(),
          })
          .strict(),
      )
      .default([]),
    /** Date the document was signed, if it differs from `date`, e.g. `2018-05-07`. */
    signedDate: DaySchema.optional(),
    /** Where the document's content comes from. */
    sources: SourcesSchema,
    ...lifecycleFields,
    ...historyFields,
    ...searchFields,
  })
  .strict();

export type Assignment = z.output<typeof AssignmentSchema>;
