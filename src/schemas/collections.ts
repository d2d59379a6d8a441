import type { z } from 'astro/zod';
import { AssignmentSchema } from './assignment.ts';
import { ContactSchema } from './contact.ts';
import { EventSchema } from './event.ts';
import { FocusAreaSchema } from './focus-area.ts';
import { GlossaryTermSchema } from './glossary-term.ts';
import { GoalSchema } from './goal.ts';
import { IndicatorSchema } from './indicator.ts';
import { LocalWorkSchema } from './local-work.ts';
import { OrganisationSchema } from './organisation.ts';
import { PageSchema } from './page.ts';

/** How messages name one entry: "ett mål", "inget mål", "en händelse i tidslinjen". */
export interface EntryNoun {
  /** The noun in the singular, indefinite: `mål`, `indikator`. */
  singular: string;
  /** Its article, which is also its gender: `ett mål`, `en indikator` (and so `inget`/`ingen`). */
  article: 'en' | 'ett';
  /** Where such entries live, when the noun alone is unclear: `i tidslinjen`. */
  where?: string;
}

/** An address with `{field}` parts filled from an entry's data (`{slug}`, `{id}`, `{number}`…). */
export type UrlPattern = `/${string}`;

interface Collection {
  /** Its folder under `content/`. */
  folder: string;
  /** The files the build reads in that folder. */
  pattern: string;
  schema: z.ZodType;
  /** Whether an entry must have text under its front matter. */
  bodyRequired: boolean;
  /** Whether each entry has a page of its own, so a redirect or replacement means something. */
  page: boolean;
  /**
   * Where an entry is seen: with `page: true`, its own page (`src/plan/urls.ts` fills the pattern);
   * otherwise an `#id` anchor on a shared page; `undefined` when entries appear in several places.
   */
  url: UrlPattern | undefined;
  noun: EntryNoun;
}

/**
 * Every content collection: its folder under `content/`, the files it reads, its schema, whether
 * entries have pages and at which address, and the Swedish noun messages name an entry with.
 * The build (`src/content.config.ts`), the plan's URLs and rules, and the editors' check all read
 * this one list; `tests/unit/collections.test.ts` checks that each place knows every collection.
 */
export const COLLECTIONS = {
  focusAreas: {
    folder: 'fokusomraden', pattern: '*.md', schema: FocusAreaSchema, bodyRequired: true,
    page: true, url: '/fokusomraden/{slug}/', noun: { singular: 'fokusområde', article: 'ett' },
  },
  goals: {
    folder: 'mal', pattern: '*.md', schema: GoalSchema, bodyRequired: true,
    page: true, url: '/mal/{targetGroup}/{focusArea}-{number}/', noun: { singular: 'mål', article: 'ett' },
  },
  indicators: {
    folder: 'indikatorer', pattern: '*.md', schema: IndicatorSchema, bodyRequired: true,
    page: true, url: '/indikatorer/{slug}/', noun: { singular: 'indikator', article: 'en' },
  },
  assignments: {
    folder: 'uppdrag', pattern: '*.{md,mdx}', schema: AssignmentSchema, bodyRequired: true,
    page: true, url: '/uppdrag/{slug}/', noun: { singular: 'uppdragshandling', article: 'en' },
  },
  contacts: {
    folder: 'kontakter', pattern: '*.md', schema: ContactSchema, bodyRequired: false,
    page: false, url: '/kontakt/#{id}', noun: { singular: 'kontaktroll', article: 'en' },
  },
  organisations: {
    // Sub-regions also get a page of their own (`subRegionUrl` in src/plan/county.ts).
    folder: 'organisationer', pattern: '*.md', schema: OrganisationSchema, bodyRequired: true,
    page: false, url: '/organisation/#{id}', noun: { singular: 'organisation', article: 'en' },
  },
  events: {
    folder: 'tidslinje', pattern: '*.md', schema: EventSchema, bodyRequired: false,
    page: false, url: '/om/#{id}', noun: { singular: 'händelse', article: 'en', where: 'i tidslinjen' },
  },
  pages: {
    // Parts of the site's own pages; a few are pages of their own (src/plan/standalone-pages.ts).
    folder: 'sidor', pattern: '*.{md,mdx}', schema: PageSchema, bodyRequired: true,
    page: false, url: undefined, noun: { singular: 'sida', article: 'en' },
  },
  glossary: {
    folder: 'ordlista', pattern: '*.md', schema: GlossaryTermSchema, bodyRequired: false,
    page: false, url: '/ordlista/#{id}', noun: { singular: 'förkortning', article: 'en', where: 'i ordlistan' },
  },
  localWork: {
    // Shown on the goal pages and sub-region pages it belongs to.
    folder: 'lokalt-arbete', pattern: '*.md', schema: LocalWorkSchema, bodyRequired: true,
    page: false, url: undefined, noun: { singular: 'lokal plan eller aktivitet', article: 'en' },
  },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collections whose entries have pages of their own. */
export const PAGE_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].page);

/** "ett mål", "en händelse i tidslinjen": an entry of the collection, as messages name it. */
export function anEntryOf(name: CollectionName): string {
  const noun: EntryNoun = COLLECTIONS[name].noun;
  return [noun.article, noun.singular, noun.where].filter(Boolean).join(' ');
}

/** "inget mål", "ingen indikator". */
export function noEntryOf(name: CollectionName): string {
  const { article, singular } = COLLECTIONS[name].noun;
  return `${article === 'ett' ? 'inget' : 'ingen'} ${singular}`;
}

/** An entry's id is its file name without extension, so editors refer to entries by file name. */
export function entryIdFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.(md|mdx)$/, '');
}
