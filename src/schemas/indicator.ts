import { z } from 'astro/zod';
import { historyFields, lifecycleFields, SlugSchema, SourcesSchema, searchFields } from './shared.ts';

/** One measured value of an indicator. Only values that a source states may be entered. */
export const MeasurementSchema = z
  .object({
    /** The year the value concerns, e.g. `2018`. */
    year: z.number().int().min(2000).max(2100),
    /** The value itself, e.g. `42`. */
    value: z.number(),
    /** Unit of the value, e.g. "procent" or "antal kommuner". */
    unit: z.string().min(1),
    /** Where the value was published, e.g. "Uppföljning av handlingsplanens indikatorer 2018". */
    source: z.string().min(1),
  })
  .strict();

/** An indicator (indikator) used to follow up one or more goals. The body describes it. */
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
    /** Measured values, oldest first; leave out when no source gives any. */
    values: z.array(MeasurementSchema).default([]),
    /** Where the indicator's name and use come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
    ...historyFields,
    ...searchFields,
  })
  .strict();

export type Indicator = z.output<typeof IndicatorSchema>;
