/**
 * The Atom feed (RFC 4287) of substantive changes: each goal, indicator and assignment when it
 * was published and each time its `changeNote` changed. Pure: the endpoint
 * `src/pages/andringar.xml.ts` gathers the changes. Every address is absolute, from SITE_URL;
 * ids are `tag:` URIs (RFC 4151) made from the page's address and the date, so they stay the
 * same from build to build and a reader never sees an entry twice.
 */
import type { Change } from './change-history.ts';

export interface FeedItem {
  /** Site-relative page address, e.g. `/mal/vuxna/3-2/`. */
  path: string;
  /** How the entry is named in running text, e.g. "Mål 3:2 för vuxna". */
  label: string;
  /** The entry's title. */
  title: string;
  change: Change;
}

export interface FeedOptions {
  siteUrl: string;
  /** The feed's own address, e.g. `/andringar.xml`. */
  path: string;
  title: string;
  subtitle: string;
  authors: readonly string[];
  entryTitle: (item: FeedItem) => string;
  /** Newest entries kept; older ones stay on the pages themselves. */
  limit?: number;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** Within a day and a page: later changes first, the publication last. */
const rank = (item: FeedItem) => (item.change.kind === 'published' ? 0 : item.change.ordinal);

export function tagId(siteUrl: string, item: FeedItem): string {
  const { change } = item;
  const suffix = `${change.kind === 'published' ? 'publicerad' : 'andrad'}${change.ordinal > 1 ? `-${change.ordinal}` : ''}`;
  return `tag:${new URL(siteUrl).hostname},${change.date}:${item.path}${suffix}`;
}

export function atomFeed(items: readonly FeedItem[], options: FeedOptions): string {
  const absolute = (path: string) => new URL(path, options.siteUrl).href;
  const sorted = [...items]
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.path.localeCompare(b.path) || rank(b) - rank(a))
    .slice(0, options.limit ?? 100);
  // With no history at all (a build outside git) the feed is still valid: dated at the epoch.
  const updated = timestamp(sorted[0]?.change.date ?? '1970-01-01');
  const entries = sorted.map((item) => {
    const summary = item.change.note ? `${item.title}. ${item.change.note}` : item.title;
    return [
      '  <entry>',
      `    <id>${escapeXml(tagId(options.siteUrl, item))}</id>`,
      `    <title>${escapeXml(options.entryTitle(item))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(absolute(item.path))}"/>`,
      `    <updated>${timestamp(item.change.date)}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${escapeXml(absolute(options.path))}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(options.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute('/'))}"/>`,
    `  <updated>${updated}</updated>`,
    ...options.authors.map((name) => `  <author><name>${escapeXml(name)}</name></author>`),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
