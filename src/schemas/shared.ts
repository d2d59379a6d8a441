import { z } from 'astro/zod';
import { addressProblem } from '../security/url.ts';

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

/** What a field built by a helper below expects, for the field reference and messages. */
export const EXPECTED = new WeakMap<object, string>();
const expecting = <T extends object>(schema: T, expected: string): T => {
  EXPECTED.set(schema, expected);
  return schema;
};

/**
 * Every address field of every schema: the web (`https://…`, `http://…`), e-mail (`mailto:`),
 * phone (`tel:`) or a path on this site (`/om/`). `javascript:`, `data:` and every other scheme
 * are refused, as in markdown links. `sitePathOnly` for addresses that must be on this site.
 */
export const urlField = (options: { sitePathOnly?: boolean } = {}) =>
  expecting(
    z.string().check((ctx) => {
      const problem = addressProblem(ctx.value, options);
      if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, params: { kind: 'address' }, message: problem });
    }),
    'en adress som börjar med `https://`, `http://`, `mailto:`, `tel:` eller `/`',
  );

/** A written date that means one day: `ÅÅÅÅ-MM-DD`. Swedish `4/5/2018` or `04.05.2018` is read day first. */
function suggestedDay(text: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`;
  const yearFirst = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(text);
  if (yearFirst) return `${yearFirst[1]}-${pad(yearFirst[2]!)}-${pad(yearFirst[3]!)}`;
  return undefined;
}

/**
 * A day, written `ÅÅÅÅ-MM-DD`, e.g. `2018-05-04`; out comes midnight UTC of that day, so every page
 * shows the same date in any time zone. `4/5/2018`, `2018/05/04`, `04.05.2018` and words are
 * refused with the right form; so is a day the calendar does not have.
 */
export const DaySchema = expecting(z.union([z.date(), z.string(), z.number()]).transform((raw, ctx) => {
  // YAML reads an unquoted 2018-05-04 as a timestamp; only a plain day (midnight UTC) is one.
  const text = raw instanceof Date ? (raw.getUTCHours() + raw.getUTCMinutes() + raw.getUTCSeconds() === 0 ? raw.toISOString().slice(0, 10) : raw.toISOString()) : String(raw).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (date && date.toISOString().slice(0, 10) === text) return date;
  const suggestion = suggestedDay(text);
  ctx.issues.push({
    code: 'custom',
    input: raw,
    params: { kind: 'date' },
    message: match
      ? `har datumet \`${text}\`, som inte finns i kalendern. Rätta månad och dag (ÅÅÅÅ-MM-DD).`
      : `ska skrivas ÅÅÅÅ-MM-DD, t.ex. \`2018-05-04\`, men här står \`${text}\`.${suggestion ? ` Menade du \`${suggestion}\`?` : ''}`,
  });
  return z.NEVER;
}), 'ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`');

/** Where a fact comes from: a named document or a public web page, always with a title. */
export const SourceSchema = z
  .object({
    /** What the source is called, e.g. "Uppdragshandling: Statsbidrag för att stärka brukarsamverkan". */
    title: z.string().min(1),
    /** Public address of the source, if it has one, e.g. `https://www.vardsamverkan.se/...`. */
    url: urlField().optional(),
    /** Who published it, e.g. "VästKom". */
    publisher: z.string().min(1).optional(),
    /** When it was published or dated, e.g. `2018-05-04`. */
    date: DaySchema.optional(),
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
    .array(urlField({ sitePathOnly: true }).regex(/^\/(?:[a-z0-9-]+\/)*$/, 'En adress börjar och slutar med `/`, t.ex. `/mal/vuxna/3-1/`.'))
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

/** Fields of entries whose pages show a change history: goals, indicators and assignments. */
export const historyFields = {
  /**
   * What changed in substance, in one or two plain sentences, when you change what the entry
   * means (not for spelling, links or sources). Replace the earlier note with the new one: the
   * page's change history and the feed `/andringar.xml` keep every earlier note, dated, from
   * git. E.g. "Målet gäller nu också anhöriga."
   */
  changeNote: z.string().trim().min(1).max(300, 'Skriv ändringen kort: högst 300 tecken.').optional(),
};
