/**
 * Addresses and HTML ids the site itself uses, which no content may take over. Addresses are read
 * from the route files in `src/pages/` and the folders in `public/`, so a new page is reserved the
 * moment it exists; the fixed ones are what the build writes besides pages.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const SRC = join(import.meta.dirname, '..');
const PAGES = join(SRC, 'pages');
const PUBLIC = join(SRC, '..', 'public');

/** Folders the build writes that no route file names. */
const BUILD_FOLDERS = ['/_astro/', '/pagefind/'];

export interface ReservedPaths {
  /** Pages the site's own routes produce, e.g. `/`, `/sok/`, `/mal/`. */
  exact: Map<string, string>;
  /** Folders whose every address belongs to the site, e.g. `/data/`, `/og/`, `/_astro/`. */
  prefixes: Map<string, string>;
}

/**
 * `src/pages/sok.astro` → `/sok/` (exact); `fokusomraden/index.astro` → `/fokusomraden/`;
 * `fokusomraden/[slug].astro` → `/fokusomraden/` (its pages are collection pages, checked as
 * such); `data/mal.csv.ts` or `og/[...path].png.ts` → the folder `/data/`, `/og/` as a prefix.
 */
export async function reservedPaths(
  standalonePages: readonly string[] = [],
  pagesDir = PAGES,
  publicDir = PUBLIC,
): Promise<ReservedPaths> {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>(BUILD_FOLDERS.map((folder) => [folder, 'bygget']));
  for (const entry of await readdir(pagesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (file.split('/').some((part) => part.startsWith('_'))) continue;
    const source = `src/pages/${file}`;
    const route = file.replace(/\.(astro|ts|js|md|mdx)$/, '');
    const parts = route.split('/');
    const dynamic = parts.findIndex((part) => part.startsWith('['));
    const staticParts = dynamic === -1 ? parts : parts.slice(0, dynamic);
    const isEndpoint = /\.[a-z]+$/.test(route);
    if (isEndpoint || (dynamic !== -1 && parts[dynamic]!.startsWith('[...'))) {
      const folder = staticParts.slice(0, isEndpoint && dynamic === -1 ? -1 : undefined).join('/');
      if (folder) prefixes.set(`/${folder}/`, source);
      continue;
    }
    const path = staticParts.filter((part) => part !== 'index').join('/');
    const url = path ? `/${path}/` : '/';
    if (!exact.has(url) || dynamic === -1) exact.set(url, source);
  }
  // `[sida].astro` builds one page per standalone content page (`src/plan/standalone-pages.ts`).
  for (const id of standalonePages) exact.set(`/${id}/`, 'src/pages/[sida].astro');
  for (const entry of await readdir(publicDir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) prefixes.set(`/${entry.name}/`, `public/${entry.name}/`);
  }
  return { exact, prefixes };
}

/** The route file or folder that owns an address, if the site uses it itself. */
export function reservedOwner(url: string, reserved: ReservedPaths): string | undefined {
  const exact = reserved.exact.get(url);
  if (exact) return exact;
  for (const [prefix, owner] of reserved.prefixes) if (url.startsWith(prefix)) return owner;
  return undefined;
}

/**
 * HTML ids the templates use (`id="innehall"` is the skip link's target) and prefixes they build
 * ids with. Entries whose id becomes an HTML id (contacts, organisations, events, glossary terms,
 * goals on the whole-plan page) may not take one. A test keeps the list in step with `src/`.
 */
export const RESERVED_IDS = new Set([
  'adresser', 'falt', 'filer', 'fokusomraden', 'format', 'hur-tillganglig', 'hur-vi-testat', 'indikatorer', 'innehall',
  'kallor', 'kanda-brister', 'kolumner', 'kontakt', 'mal', 'malgrupper', 'maltext', 'motsvarande', 'om-du-inte-kan',
  'permanent-lank', 'permanent-lank-adress', 'permanent-lank-tips', 'personuppgifter', 'rapportera', 'site-search-q',
  'sok-q', 'sokresultat', 'teknisk-information', 'tidplan', 'tidslinje', 'tillsyn', 'uppdrag', 'utanfor-lagen', 'varden',
  'version', 'villkor', 'vuxna', 'barn-och-unga', 'footnote-label',
]);
export const RESERVED_ID_PREFIXES = ['typ-', 'org-', 'mal-', 'sok-', 'omrade-', 'user-content-'];

export const isReservedId = (id: string) => RESERVED_IDS.has(id) || RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
