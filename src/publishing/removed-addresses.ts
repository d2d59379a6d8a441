/**
 * Addresses the URL ledger (`content/urls.txt`) records as removed on purpose (`borttagen`), each
 * with the editor's note and the page that explains it. The web server answers the address
 * with 410 Gone and that page; the page itself is never linked or listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, parseManifest } from '../check/url-manifest.ts';

export interface RemovedAddress {
  /** The address that is gone, e.g. `/mal/vuxna/9-9/`. */
  url: string;
  /** Why, in the editor's words, for readers. */
  note: string;
  /** The page shown for it, e.g. `/borttagen/mal/vuxna/9-9/`. */
  page: string;
}

/** Where the explaining pages live. */
export const REMOVED_PAGES = '/borttagen';

export function removedAddresses(contentDir: string): RemovedAddress[] {
  const file = join(contentDir, MANIFEST_NAME);
  if (!existsSync(file)) return [];
  return parseManifest(readFileSync(file, 'utf8'), MANIFEST_NAME).lines.flatMap(({ url, removed }) =>
    removed === undefined ? [] : [{ url, note: removed, page: `${REMOVED_PAGES}${url}` }],
  );
}
