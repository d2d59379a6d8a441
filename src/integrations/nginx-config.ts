/**
 * Writes `dist/_nginx.conf` after the build, for `npm run serve` and for a plain web server: the
 * headers come from `_headers` and each page's own policy (both written by security-headers.ts,
 * so this runs after it), the redirects from `redirectFrom`, the 410s from the URL ledger.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'parse5';
import { BUILD_MODE } from '../consts.ts';
import { contentDirOf } from '../publishing/content-dir.ts';
import { contentSecurityPolicy, HEADERS_MARKER } from '../security/csp.ts';
import { nginxConfig, type NginxPage } from '../publishing/nginx-config.ts';
import { redirectsOf } from '../plan/published-urls.ts';
import { readContentFiles, validateContentFiles } from '../check/read-content.ts';
import { removedAddresses } from '../publishing/removed-addresses.ts';

export const NGINX_FILE = '_nginx.conf';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

/** The page's `<meta http-equiv="content-security-policy">`, as the browser's parser finds it. */
function metaPolicy(html: string): string | undefined {
  const stack: Node[] = [parse(html) as unknown as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    if (node.nodeName === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') return attrs.get('content');
    stack.push(...(node.childNodes ?? []));
  }
  return undefined;
}

/** The `/*` rule of `_headers`: the headers every response gets on a static host. */
function siteHeadersOf(text: string): Record<string, string> {
  const ours = text.split(HEADERS_MARKER)[1] ?? '';
  const entries = ours.split('\n').flatMap((line) => {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    return match ? [[match[1]!, match[2]!.trim()] as const] : [];
  });
  return Object.fromEntries(entries);
}

export default function nginxConfigFile(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'hph:nginx-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const headersPath = join(dist, '_headers');
        if (!existsSync(headersPath)) throw new Error('`_headers` is missing: the nginx configuration takes its headers from it.');
        const siteHeaders = siteHeadersOf(await readFile(headersPath, 'utf8'));
        // A production build has an https: address, so browsers may insist on it (they ignore
        // the header over plain http, e.g. from `npm run serve`). A preview may be served anywhere.
        if (BUILD_MODE === 'production') siteHeaders['Strict-Transport-Security'] = 'max-age=31536000';
        // Directives only a header can carry (frame-ancestors): what the header adds to a page's meta policy.
        const headerOnly = contentSecurityPolicy([], 'header').slice(contentSecurityPolicy([], 'meta').length);

        const pages: NginxPage[] = [];
        const entries = await readdir(dist, { recursive: true, withFileTypes: true });
        for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
          const file = `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
          const html = await readFile(join(dist, file), 'utf8');
          // Redirect stubs are answered with a real 301 instead.
          if (/<meta\s[^>]*http-equiv=["']?refresh/i.test(html)) continue;
          const meta = metaPolicy(html);
          if (!meta) throw new Error(`\`${file}\` has no Content-Security-Policy; security-headers.ts must run before this.`);
          pages.push({ url: file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file, file, policy: `${meta}${headerOnly}` });
        }
        pages.sort((a, b) => (a.url < b.url ? -1 : 1));

        const contentDir = contentDirOf(root);
        const { files } = await readContentFiles(contentDir, root);
        const redirects = redirectsOf(validateContentFiles(files).content);
        const removed = removedAddresses(contentDir);
        await writeFile(join(dist, NGINX_FILE), nginxConfig({ pages, siteHeaders, redirects, removed, notFound: '/404.html' }));
        logger.info(`${NGINX_FILE}: ${pages.length} sidor, ${redirects.length} omdirigeringar, ${removed.length} borttagna adresser.`);
      },
    },
  };
}
