/**
 * The contract between the pages (which mark up what the index holds), the search page's script
 * (which queries it) and the tests: filter and metadata names, ranking, and how a typed query
 * is tidied before it reaches Pagefind. Pure, so the browser bundle and Node share it.
 */
import { contentTypeName } from '../i18n/sv.ts';

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

/** The kinds of page a result can be, in the order the type filter lists them: the dictionary's. */
export type ContentType = keyof typeof contentTypeName;
export const CONTENT_TYPES = Object.keys(contentTypeName) as ContentType[];

/**
 * Pagefind searches metadata too, with a bonus per field. A match on a goal's number or on an
 * editor's search word says more about the page than a mention in running text, so those
 * weigh more: "3:2" lists the goals 3:2 before the pages that mention them, and a page tagged
 * `brukare` comes before pages that merely contain a word starting with "bruk".
 * The golden queries in `tests/search/` check these weights against the real index.
 */
export const RANKING = {
  metaWeights: { [META.goalCode]: 24, [META.keywords]: 20 },
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

/* ------------------------------------------------------------------------------------------------
 * Real matches only. When no indexed word starts with a typed word, Pagefind falls back to the
 * longest indexed word that the typed word starts with: "självmord" finds "själva", "ångest"
 * finds "anger". For a site about mental health that is worse than no hit, so results whose
 * only match for some typed word is such a fallback are dropped. Pagefind cannot turn the
 * fallback off, and its stemmer lives in WebAssembly, so the check compares words itself: a word
 * on the page matches a typed word if it starts with it, or with the typed word less a common
 * Swedish ending ("kommunerna" matches "kommun"; "självmord" never matches "själva").
 * --------------------------------------------------------------------------------------------- */

/** Lower case, without diacritics and punctuation, so "Ångest," and "angest" compare equal. */
export function foldWord(word: string): string {
  return word
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Common Swedish inflection endings, longest first (after the Snowball Swedish stemmer's list). */
const ENDINGS = [
  'heterna', 'hetens', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'andet', 'anden', 'heten', 'heter',
  'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns',
  'ade', 'are', 'ern', 'ens', 'het', 'ast', 'ad', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'a', 'e',
];
/** A final s is an ending only after these letters ("barns" → "barn", but "kris" stays). */
const S_ENDING = /[bcdfghjklmnoprtvy]s$/;
/** A stem keeps at least three letters, as Swedish stems do. */
const MIN_STEM = 3;

/** The typed word without its inflection ending: "kommunerna" → "kommun", "dåligt" → "dalig". */
export function roughStem(word: string): string {
  let stem = foldWord(word);
  const ending = ENDINGS.find((end) => stem.endsWith(end) && stem.length - end.length >= MIN_STEM);
  if (ending) stem = stem.slice(0, -ending.length);
  else if (S_ENDING.test(stem) && stem.length > MIN_STEM) stem = stem.slice(0, -1);
  // "dåligt" → "dålig", "hemmet" stays: a doubled or -dt/-gt/-kt consonant pair loses its last letter.
  if (/(?:dd|gd|nn|dt|gt|kt|tt)$/.test(stem) && stem.length > MIN_STEM) stem = stem.slice(0, -1);
  return stem;
}

/** Whether `found`, a word on a page, is a real match for `typed`, not a shorter different word. */
export function matchesTyped(typed: string, found: string): boolean {
  const word = foldWord(found);
  return word.startsWith(foldWord(typed)) || word.startsWith(roughStem(typed));
}

/** Typed words the check applies to: words of letters, at least three long (not "3:2" or "må"). */
export function checkedWords(query: string): string[] {
  return query.split(' ').filter((word) => foldWord(word).length >= MIN_STEM && !/\d/.test(word));
}

/** What the check needs of a result: the page text, where the matches are, and its metadata. */
export interface MatchedPage {
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

/** Pagefind numbers the words of `content` split at white space. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Whether the page matches every typed word for real, in its matched text or its metadata. */
export function isRealMatch(query: string, page: MatchedPage): boolean {
  const words = page.content.split(WORD_SEPARATORS);
  const found = [
    ...page.locations.map((location) => words[location] ?? ''),
    ...Object.values(page.meta).flatMap((value) => (value ?? '').split(/[\s,]+/)),
  ];
  return checkedWords(query).every((typed) => found.some((word) => matchesTyped(typed, word)));
}

/**
 * Whether an editor named the typed query, or one of its words, as a search word of the page
 * (`keywords`): the editor says this page is the answer, so it comes before pages that only
 * mention the word ("suicid" leads to /stod-nu/ before the pages about suicide prevention).
 */
export function isNamedAnswer(query: string, page: MatchedPage): boolean {
  const named = (page.meta[META.keywords] ?? '').split(',').map(foldWord).filter(Boolean);
  const typed = [query.replace(/\s+/g, ''), ...checkedWords(query)].map(foldWord);
  return typed.some((word) => named.includes(word));
}

/**
 * The results that match for real, in Pagefind's order, except that pages whose editors named
 * the query as a search word come first (in Pagefind's order among themselves). Loads each
 * result's data once.
 */
export async function realMatches<R extends { data(): Promise<MatchedPage> }>(query: string, results: R[]): Promise<R[]> {
  if (checkedWords(query).length === 0) return results;
  const pages = await Promise.all(results.map((result) => result.data()));
  const real = results.map((result, index) => ({ result, page: pages[index]! })).filter(({ page }) => isRealMatch(query, page));
  const named = real.filter(({ page }) => isNamedAnswer(query, page));
  const others = real.filter(({ page }) => !isNamedAnswer(query, page));
  return [...named, ...others].map(({ result }) => result);
}
