/**
 * The site's nginx configuration, from the same data as `_headers` and `_redirects`: every page's
 * own security headers, a real 301 for every earlier address, 410 Gone (with its own page) for
 * every address removed on purpose, the 404 page, caching by kind of file, precompressed files,
 * no directory listings. Pure: the integration gathers the data, this writes the text.
 *
 * nginx drops a server's `add_header` lines in any location that has its own, so every location
 * lists all its headers.
 */

export interface NginxPage {
  /** The address, e.g. `/mal/vuxna/3-2/` or `/404.html`. */
  url: string;
  /** The file under the site's root, e.g. `/mal/vuxna/3-2/index.html`. */
  file: string;
  /** This page's Content-Security-Policy, as an HTTP header. */
  policy: string;
}

export interface NginxSite {
  pages: NginxPage[];
  /** Headers for everything else (scripts, images, data, the search index), CSP included. */
  siteHeaders: Record<string, string>;
  redirects: { from: string; to: string }[];
  /** Addresses removed on purpose and the page nginx answers them with (status 410). */
  removed: { url: string; page: string }[];
  /** The page for unknown addresses (status 404). */
  notFound: string;
}

/** How long browsers and CDNs may keep each kind of response. */
export const CACHE = {
  /** Files under `/_astro/` have a content hash in their name: a new version gets a new name. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages change with the content; a short time keeps a CDN useful and edits visible soon. */
  html: 'public, max-age=300',
  /** Other files keep their name across versions (images, data, the search index). */
  other: 'public, max-age=3600',
} as const;

/** Types Debian's `mime.types` lacks, for the open data files. */
const DATA_TYPES = 'types { text/csv csv; application/json json; }';

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** A URI for an exact `location =` or `return`: nginx would read spaces and `;` as syntax. */
function uri(path: string): string {
  if (!/^\/[A-Za-z0-9._~!$&'()*+,=:@%/-]*$/.test(path)) throw new Error(`Address \`${path}\` cannot be written into the nginx configuration.`);
  return path;
}

const headerLines = (headers: Record<string, string>, cache: string) =>
  [...Object.entries(headers), ['Cache-Control', cache] as const].map(([name, value]) => `    add_header ${name} ${quote(value)} always;`);

function block(head: string, body: string[]): string {
  return `  location ${head} {\n${body.join('\n')}\n  }`;
}

export function nginxConfig(site: NginxSite): string {
  const withPolicy = (policy: string) => ({ ...site.siteHeaders, 'Content-Security-Policy': policy });
  const pageBlock = (page: NginxPage, internal: boolean) =>
    block(`= ${uri(page.url)}`, [
      ...(internal ? ['    internal;'] : []),
      `    try_files ${uri(page.file)} =404;`,
      ...headerLines(withPolicy(page.policy), CACHE.html),
    ]);
  const internalPages = new Set([site.notFound, ...site.removed.map((r) => r.page)]);
  const forms = (path: string) => (path.length > 1 && path.endsWith('/') ? [path, path.slice(0, -1)] : [path]);

  const sections = [
    '# Skapas av bygget (src/integrations/nginx-config.ts). Ändra inte för hand: bygg om i stället.',
    '# Används i ett server-block: root <mappen med bygget>; include <mappen med bygget>/_nginx.conf;',
    '  index index.html;',
    '  autoindex off;',
    '  server_tokens off;',
    '  absolute_redirect off;',
    '  charset utf-8;',
    '  charset_types text/css text/plain text/xml application/javascript application/json application/xml image/svg+xml text/csv;',
    '  gzip_static on;',
    '  gzip_vary on;',
    `  error_page 404 ${uri(site.notFound)};`,
    '',
    '  # Filer för andra värdar och för den här konfigurationen visas inte.',
    block('~ ^/_(headers|redirects|nginx\\.conf)$', ['    return 404;']),
    '',
    '  # Filer med innehållshash i namnet ändras aldrig.',
    block('/_astro/', ['    try_files $uri =404;', ...headerLines(site.siteHeaders, CACHE.hashed)]),
    '',
    '  # Öppna data.',
    block('/data/', [`    ${DATA_TYPES}`, '    try_files $uri =404;', ...headerLines(site.siteHeaders, CACHE.other)]),
    '',
    '  # Varje sida med sina egna säkerhetshuvuden.',
    ...site.pages.map((page) => pageBlock(page, internalPages.has(page.url))),
    '',
    '  # Tidigare adresser (redirectFrom): permanent omdirigering.',
    ...site.redirects.flatMap(({ from, to }) =>
      forms(from).map((path) => block(`= ${uri(path)}`, [...headerLines(site.siteHeaders, CACHE.html), `    return 301 ${uri(to)};`])),
    ),
    '',
    '  # Adresser som tagits bort med avsikt (borttagen i content/urls.txt): 410 Gone.',
    ...site.removed.flatMap(({ url, page }) =>
      forms(url).map((path) => block(`= ${uri(path)}`, [`    error_page 410 ${uri(page)};`, '    return 410;'])),
    ),
    '',
    '  # Allt annat: filer som de är; en mapp utan / på slutet får den.',
    block('/', [
      '    if (-d $request_filename) {',
      '      rewrite ^(.*[^/])$ $1/ permanent;',
      '    }',
      '    try_files $uri =404;',
      ...headerLines(site.siteHeaders, CACHE.other),
    ]),
  ];
  return `${sections.join('\n')}\n`;
}
