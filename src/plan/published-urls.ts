/** Which URL each entry's page is published at, including its earlier URLs (redirects). */
import { COLLECTIONS, PAGE_COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { ContentSet, Entry } from './entries.ts';
import { fillUrl, urlFieldsOf } from './urls.ts';
import { subRegionsOf, subRegionUrl } from './county.ts';

export interface PageUrl {
  url: string;
  /** The file the URL comes from. */
  file: string;
  /** The entry's id. */
  id: string;
  /** The field that decides the URL, for messages. */
  field: string;
  /** `true` for a `redirectFrom` address. */
  redirect: boolean;
  /** The entry's collection. */
  collection: CollectionName;
}

function urlsOf<T extends { redirectFrom: string[] }>(
  collection: CollectionName,
  entries: Entry<T>[],
  urlOf: (data: T) => string,
  field: string,
) {
  return entries.flatMap((entry): PageUrl[] => [
    { url: urlOf(entry.data), file: entry.filePath, id: entry.id, field, redirect: false, collection },
    ...entry.data.redirectFrom.map((url) => ({ url, file: entry.filePath, id: entry.id, field: 'redirectFrom', redirect: true, collection })),
  ]);
}

/** Every entry page at its registry URL pattern, then the sub-regions' pages. */
export function pageUrlsOf(content: ContentSet): PageUrl[] {
  return [
    ...PAGE_COLLECTIONS.flatMap((name) => {
      const pattern = COLLECTIONS[name].url ?? '';
      const entries: Entry<{ redirectFrom: string[] }>[] = content[name];
      return urlsOf(name, entries, (data) => fillUrl<string>(pattern, data), urlFieldsOf(pattern).join(', '));
    }),
    ...urlsOf('organisations', subRegionsOf(content.organisations).filter((o) => o.data.slug), subRegionUrl, 'slug'),
  ];
}

/** Each redirect: the earlier address, the entry's current address and how to name it. */
export interface Redirect {
  from: string;
  to: string;
  file: string;
}

export function redirectsOf(content: ContentSet): Redirect[] {
  const urls = pageUrlsOf(content);
  const pageOf = new Map(urls.filter((u) => !u.redirect).map((u) => [u.file, u.url]));
  return urls
    .filter((u) => u.redirect && pageOf.has(u.file))
    .map((u) => ({ from: u.url, to: pageOf.get(u.file) as string, file: u.file }))
    .sort((a, b) => a.from.localeCompare(b.from));
}
