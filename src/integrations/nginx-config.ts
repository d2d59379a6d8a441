/**
 * The nginx step of the post-build pass (`./post-build.ts`): writes `dist/_nginx.conf` for
 * `npm run serve` and for a plain web server. Each page's policy comes from the security step,
 * which has just read the page; the redirects from `redirectFrom`, the 410s from the URL ledger.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_MODE } from '../consts.ts';
import { SECURITY_HEADERS, SITE_POLICY } from '../security/csp.ts';
import { nginxConfig, type NginxPage } from '../publishing/nginx-config.ts';
import type { RemovedAddress } from '../publishing/removed-addresses.ts';

export const NGINX_FILE = '_nginx.conf';

export interface NginxInput {
  /** Every page nginx serves as a page (not the redirect stubs, which get a real 301). */
  pages: NginxPage[];
  redirects: { from: string; to: string }[];
  removed: RemovedAddress[];
}

/** The headers every other response gets: the same as the `/*` rule of `_headers`. */
export function siteHeaders(mode: string = BUILD_MODE): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Security-Policy': SITE_POLICY, ...SECURITY_HEADERS };
  // A production build has an https: address, so browsers may insist on it (they ignore the
  // header over plain http, e.g. from `npm run serve`). A preview may be served anywhere.
  if (mode === 'production') headers['Strict-Transport-Security'] = 'max-age=31536000';
  return headers;
}

export async function writeNginxConfig(dist: string, { pages, redirects, removed }: NginxInput): Promise<string> {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : 1));
  await writeFile(join(dist, NGINX_FILE), nginxConfig({ pages: sorted, siteHeaders: siteHeaders(), redirects, removed, notFound: '/404.html' }));
  return `${NGINX_FILE}: ${pages.length} sidor, ${redirects.length} omdirigeringar, ${removed.length} borttagna adresser.`;
}
