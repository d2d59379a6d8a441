/** Which URL each entry's page is published at, including its earlier URLs (redirects). */
import type { ContentSet, Entry } from './entries.ts';
import { assignmentUrl, focusAreaUrl, goalUrl, indicatorUrl } from './urls.ts';

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
}

function urlsOf<T extends { redirectFrom: string[] }>(entries: Entry<T>[], urlOf: (data: T) => string, field: string) {
  return entries.flatMap((entry): PageUrl[] => [
    { url: urlOf(entry.data), file: entry.filePath, id: entry.id, field, redirect: false },
    ...entry.data.redirectFrom.map((url) => ({ url, file: entry.filePath, id: entry.id, field: 'redirectFrom', redirect: true })),
  ]);
}

export function pageUrlsOf(content: ContentSet): PageUrl[] {
  return [
    ...urlsOf(content.focusAreas, focusAreaUrl, 'slug'),
    ...urlsOf(content.goals, goalUrl, 'targetGroup, focusArea, number'),
    ...urlsOf(content.indicators, indicatorUrl, 'slug'),
    ...urlsOf(content.assignments, assignmentUrl, 'slug'),
  ];
}
