/**
 * Checks every reference in a built site without a network: each internal link, fragment and
 * asset must exist in `dist/`, as a static host would serve it. Links to other sites are only
 * collected, for a report a person can review; the build machine cannot reach them.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles, sitemapUrls, urlOfFile } from './site-pages.ts';

export interface BrokenLink {
  /** The page or file the reference is in, e.g. `/mal/vuxna/3-2/` or `/_astro/x.css`. */
  from: string;
  /** The reference as written. */
  url: string;
  reason: string;
}

export interface LinkReport {
  filesChecked: number;
  internalChecked: number;
  broken: BrokenLink[];
  /** External address → the pages that link to it, sorted. */
  external: Map<string, string[]>;
}

/** Attributes that hold one address, per element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'], ['area[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'],
  ['img[src]', 'src'], ['source[src]', 'src'], ['video[src]', 'src'], ['video[poster]', 'poster'],
  ['audio[src]', 'src'], ['iframe[src]', 'src'], ['embed[src]', 'src'], ['object[data]', 'data'],
  ['form[action]', 'action'], ['use[href]', 'href'], ['blockquote[cite]', 'cite'], ['q[cite]', 'cite'],
];
/** `<meta>` whose content is an address: social images, canonical-like properties. */
const META_URL = /^(og:image|og:url|og:image:secure_url|twitter:image|og:audio|og:video)$/i;

function referencesIn(page: HTMLElement): string[] {
  const urls: string[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of page.querySelectorAll(selector)) urls.push(element.getAttribute(attribute) ?? '');
  }
  for (const element of page.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const meta of page.querySelectorAll('meta[content]')) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    if (META_URL.test(name)) urls.push(meta.getAttribute('content') ?? '');
    if (/^refresh$/i.test(meta.getAttribute('http-equiv') ?? '')) {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(meta.getAttribute('content') ?? '')?.[1];
      if (target) urls.push(target);
    }
  }
  return urls;
}

/** Where a path lands in `dist/`, as a static host serves it; `undefined` if nothing is there. */
function fileFor(distDir: string, path: string): string | undefined {
  const target = join(distDir, path);
  if (path.endsWith('/')) return existsSync(join(target, 'index.html')) ? `${path}index.html`.slice(1) : undefined;
  return existsSync(target) && statSync(target).isFile() ? path.slice(1) : undefined;
}

export async function checkLinks(distDir: string, siteUrl: string): Promise<LinkReport> {
  const files = await listFiles(distDir);
  const site = new URL(siteUrl);
  const html = files.filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const pages = new Map<string, HTMLElement>();
  for (const file of html) {
    const page = parse(await readFile(join(distDir, file), 'utf8'));
    pages.set(file, page);
    const anchors = page.querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? '');
    ids.set(file, new Set(anchors));
  }
  const report: LinkReport = { filesChecked: 0, internalChecked: 0, broken: [], external: new Map() };

  const check = (from: string, base: string, raw: string) => {
    const url = raw.trim();
    if (url === '' || url === '#') return void report.broken.push({ from, url: raw, reason: 'tom adress' });
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme === 'mailto' || scheme === 'tel') return;
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
      return void report.broken.push({ from, url, reason: `adresser som börjar med \`${scheme}:\` är inte tillåtna` });
    }
    const resolved = new URL(url, new URL(base, site));
    if (resolved.origin !== site.origin) {
      const pagesLinking = report.external.get(resolved.href) ?? [];
      if (!pagesLinking.includes(from)) pagesLinking.push(from);
      return void report.external.set(resolved.href, pagesLinking);
    }
    report.internalChecked += 1;
    const path = decodeURIComponent(resolved.pathname);
    const target = fileFor(distDir, path);
    if (!target) return void report.broken.push({ from, url, reason: `\`${path}\` finns inte i den byggda webbplatsen` });
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    // `#top` scrolls to the top in every browser without an element of that name.
    if (fragment && fragment !== 'top' && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
      report.broken.push({ from, url, reason: `sidan \`${path}\` har inget element med id \`${fragment}\`` });
    }
  };

  for (const [file, page] of pages) {
    report.filesChecked += 1;
    const from = urlOfFile(file);
    for (const url of referencesIn(page)) check(from, from, url);
  }
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    report.filesChecked += 1;
    const css = await readFile(join(distDir, file), 'utf8');
    for (const [, , url = ''] of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      if (!url.startsWith('data:')) check(`/${file}`, posix.join('/', file), url);
    }
  }
  for (const loc of await sitemapUrls(distDir)) {
    if (new URL(loc).origin !== site.origin) report.broken.push({ from: '/sitemap', url: loc, reason: `ligger inte under ${site.origin}` });
    else check('/sitemap', '/', loc);
  }
  report.external = new Map([...report.external].sort(([a], [b]) => a.localeCompare(b)));
  return report;
}

/** The external links as a Markdown table, for a person to check now and then. */
export function externalLinksReport(report: LinkReport): string {
  const rows = [...report.external].map(([url, from]) => `| <${url}> | ${from.sort().map((page) => `\`${page}\``).join(', ')} |`);
  return (
    '# Externa länkar\n\n' +
    'Skrivs av `npm run check:links`. Länkarna hämtas inte (byggmaskinen har inget internet); granska dem för hand.\n\n' +
    `${report.external.size} adresser.\n\n| Adress | Länkas från |\n| --- | --- |\n${rows.join('\n')}\n`
  );
}
