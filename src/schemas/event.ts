import { z } from 'astro/zod';
import { MONTHS } from './months.ts';
import { lifecycleFields, SourcesSchema } from './shared.ts';

/**
 * A point in time as precise as the source is: `2016`, `2016-09` or `2016-09-14`. Out comes a
 * sortable key and a Swedish label ("14 september 2016"), so pages never parse dates.
 */
export const FuzzyDateSchema = z
  .union([z.string(), z.date(), z.number()])
  .transform((raw, ctx) => {
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    const [, year, month, day] = match ?? [];
    const monthName = month ? MONTHS[Number(month) - 1] : undefined;
    if (!year || (month && !monthName) || (day && (Number(day) < 1 || Number(day) > 31))) {
      ctx.issues.push({
        code: 'custom',
        input: raw,
        message: `Datumet ska skrivas ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, t.ex. 2016-09-14 (fick "${text}").`,
      });
      return z.NEVER;
    }
    const label = [day ? String(Number(day)) : '', monthName ?? '', year].filter(Boolean).join(' ');
    return { sortKey: text, label, year: Number(year) };
  });

/** A dated event in the plan's history (tidslinje). The body may add a sentence or two. */
export const EventSchema = z
  .object({
    /** When it happened, as precisely as the source says: `2017`, `2017-10` or `2017-10-02`. */
    date: FuzzyDateSchema,
    /** What happened, in one plain sentence, e.g. "Styrgruppen beslutar om handlingsplanen." */
    title: z.string().min(1),
    /** Where it is stated. */
    sources: SourcesSchema,
    ...lifecycleFields,
  })
  .strict();

export type Event = z.output<typeof EventSchema>;
