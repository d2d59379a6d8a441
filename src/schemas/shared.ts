import { z } from 'astro/zod';

/** Lower-case ASCII words joined by hyphens: the only shape a URL segment may take. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL segment chosen by the editor, e.g. `enskildas-delaktighet-och-rattigheter`. */
export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'Använd bara små bokstäver a–z, siffror och bindestreck (å/ä → a, ö → o).');

/**
 * The id of another entry: its file name without extension, e.g. `vuxna-3-2`. Whether the entry
 * exists is checked by `src/plan/graph.ts`, which sees every collection at once.
 */
export const EntryIdSchema = z
  .string()
  .regex(SLUG_PATTERN, 'Ange filnamnet utan ändelse, t.ex. `vuxna-3-2`.');

/** Where a fact comes from: a named document or a public web page, always with a title. */
export const SourceSchema = z
  .object({
    /** What the source is called, e.g. "Uppdragshandling: Statsbidrag för att stärka brukarsamverkan". */
    title: z.string().min(1),
    /** Public address of the source, if it has one, e.g. `https://www.vardsamverkan.se/...`. */
    url: z.url().optional(),
    /** Who published it, e.g. "VästKom". */
    publisher: z.string().min(1).optional(),
    /** When it was published or dated, e.g. `2018-05-04`. */
    date: z.coerce.date().optional(),
  })
  .strict();
export type Source = z.output<typeof SourceSchema>;

/** Every entry lists at least one source, so readers of a public plan can check it. */
export const SourcesSchema = z.array(SourceSchema).min(1, 'Ange minst en källa (sources).');

/** Whether an entry is part of the current plan. Withdrawn entries keep their page and URL. */
export const STATUSES = ['gällande', 'utgått'] as const;

/** Fields every published entry can carry, for lifecycle and stable URLs. */
export const lifecycleFields = {
  /** `gällande` (default) or `utgått` for an entry that is no longer part of the plan. */
  status: z.enum(STATUSES).default('gällande'),
  /** When `status: utgått`: the id of the entry that replaces this one, e.g. `vuxna-3-3`. */
  replacedBy: EntryIdSchema.optional(),
  /** Earlier URLs of this entry, which keep working as redirects, e.g. `/mal/vuxna/3-1/`. */
  redirectFrom: z
    .array(z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'En adress börjar och slutar med `/`, t.ex. `/mal/vuxna/3-1/`.'))
    .default([]),
  /** Keep an unfinished entry out of the published site (`true`), e.g. while it is being written. */
  draft: z.boolean().default(false),
};

/**
 * Extra words the site search should find the entry's page by, beyond its text. Not shown on the
 * page. Use it for what the page is about but its text does not say in that form: the parts of
 * Swedish compounds (`brukare` for a page about brukarinflytande, since search does not split
 * compounds), synonyms and abbreviations. A list or one comma-separated line, e.g.
 * `[brukare, brukarinflytande]` or `brukare, psykiatri`.
 */
export const KeywordsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => {
    const words = (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(','));
    const trimmed = words.map((word) => word.trim().replace(/\s+/g, ' ')).filter((word) => word.length > 0);
    return [...new Map(trimmed.map((word) => [word.toLocaleLowerCase('sv'), word])).values()];
  })
  .pipe(z.array(z.string().max(60, 'Ett sökord får vara högst 60 tecken. Skriv flera sökord som en lista.')))
  .default([]);

/** Fields for entries that have a page of their own, which site search indexes. */
export const searchFields = {
  /** Extra search words for the page, e.g. `[brukare, psykiatri]`; see `KeywordsSchema`. */
  keywords: KeywordsSchema,
};
