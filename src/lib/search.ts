/**
 * The contract between the pages (which mark up what the index holds), the search page's script
 * (which queries it) and the tests: filter and metadata names, ranking, and how a typed query
 * is tidied before it reaches Pagefind. Pure, so the browser bundle and Node share it.
 */

/** Filter names in the index (`data-pagefind-filter`). */
export const FILTER = {
  type: 'typ',
  focusArea: 'fokusområde',
  targetGroup: 'målgrupp',
} as const;
export type FilterKey = (typeof FILTER)[keyof typeof FILTER];

/** Metadata names in the index (`data-pagefind-meta`); `title` is Pagefind's own (the `h1`). */
export const META = {
  /** A goal's number, "3:2". */
  goalCode: 'mal',
  /** A goal's target group, "Vuxna". */
  targetGroup: 'malgrupp',
  /** The editors' extra search words (`keywords` in the content), comma-separated. */
  keywords: 'sokord',
} as const;

/** The kinds of page a result can be, in the order the type filter lists them. */
export const CONTENT_TYPES = ['fokusområde', 'mål', 'indikator', 'uppdragshandling', 'delregion', 'kontakt', 'sida'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/**
 * Pagefind searches metadata too, with a bonus per field. A match on a goal's number or on an
 * editor's search word says more about the page than a mention in running text, so those
 * weigh more: "3:2" lists the goals 3:2 before the pages that mention them, and a page tagged
 * `brukare` comes before pages that merely contain a word starting with "bruk".
 * The golden queries in `tests/search/` check these weights against the real index.
 */
export const RANKING = {
  metaWeights: { [META.goalCode]: 8, [META.keywords]: 4 },
};

/** A goal number typed as "3.2", "3-2", "3–2", "3/2" or "3 2" becomes the plan's own "3:2". */
const GOAL_NUMBER = /(?<![\p{L}\p{N}]|\d[.:\-–—/])([1-5])\s*[.:\-–—/ ]\s*(\d{1,2})(?![\p{L}\p{N}]|[.:\-–—/]\d)/gu;

/** Tidies a typed query: trims, joins whitespace, writes goal numbers the plan's way. */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').replace(GOAL_NUMBER, '$1:$2');
}

/** Options for Pagefind's browser API, the same for `/sok/` and the tests that query the index. */
export const PAGEFIND_OPTIONS = { ranking: RANKING, excerptLength: 26 };

/** Filters chosen on `/sok/`, by filter name: values as the index stores them. */
export type ChosenFilters = Partial<Record<FilterKey, string>>;

/** Pagefind's filter argument: only the filters that are set. */
export function pagefindFilters(chosen: ChosenFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(chosen).filter(([, value]) => value));
}
