import { z } from 'astro/zod';
import { lifecycleFields, SourcesSchema } from './shared.ts';

/**
 * An abbreviation the plan's sources use (ordlista), e.g. "VGR". Listed on `/ordlista/`, and the
 * first use on a page gets `<abbr title="…">` at build time. Only terms the sources explain.
 */
export const GlossaryTermSchema = z
  .object({
    /** The abbreviation exactly as written in running text, case and all, e.g. "VGR" or "VästKom". */
    abbreviation: z
      .string()
      .regex(/^\S(?:.*\S)?$/, 'Skriv förkortningen utan mellanslag först eller sist, t.ex. `VGR`.'),
    /** What the letters stand for, e.g. "Västra Götalandsregionen". Leave out when the sources do not say. */
    expansion: z.string().min(1).optional(),
    /** One or two plain sentences on what it is, e.g. "Regionen som ansvarar för hälso- och sjukvården." */
    explanation: z.string().min(1).optional(),
    /** Where the expansion and explanation come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
  })
  .strict()
  .refine((term) => term.expansion !== undefined || term.explanation !== undefined, {
    message: 'Ange vad förkortningen står för (`expansion`), en förklaring (`explanation`) eller båda.',
    path: ['expansion'],
  });

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
