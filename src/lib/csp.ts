/**
 * The site's security policy as data, and the pure steps that apply it to a built page. Everything
 * is served from the site itself, so every source is `'self'`; what a page needs beyond that
 * (hashes of inline scripts, WebAssembly for Pagefind) is found in the built HTML, never guessed.
 */
import { createHash } from 'node:crypto';

export interface PageNeeds {
  /** Pagefind compiles its WebAssembly search index in the browser (`'wasm-unsafe-eval'`). */
  wasm: boolean;
  /** `'sha256-…'` of each inline `<script>` that must stay inline. */
  scriptHashes: string[];
  /** `'sha256-…'` of each inline `<style>` element. */
  styleHashes: string[];
}

export const NO_NEEDS: PageNeeds = { wasm: false, scriptHashes: [], styleHashes: [] };

/** Directives every page gets; sources are added per page from its needs. */
const BASE: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Browsers ignore (and warn about) these in a `<meta>` policy; only the header can carry them. */
const HEADER_ONLY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

/** The policy text for a page (`meta`) or for the whole site (`header`). */
export function contentSecurityPolicy(needs: PageNeeds, delivery: 'meta' | 'header'): string {
  const directives: Record<string, string[]> = { ...BASE, ...(delivery === 'header' ? HEADER_ONLY : {}) };
  directives['script-src'] = [
    "'self'",
    ...(needs.wasm ? ["'wasm-unsafe-eval'"] : []),
    ...[...new Set(needs.scriptHashes)].sort(),
  ];
  directives['style-src'] = ["'self'", ...[...new Set(needs.styleHashes)].sort()];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** What a whole site needs: the union of its pages' needs (static hosts apply one header to all). */
export function mergeNeeds(all: PageNeeds[]): PageNeeds {
  return {
    wasm: all.some((needs) => needs.wasm),
    scriptHashes: all.flatMap((needs) => needs.scriptHashes),
    styleHashes: all.flatMap((needs) => needs.styleHashes),
  };
}

/** The other security headers, the same for every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // Visitors read about mental health: the address they came from stays with them.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const attribute = (pattern: RegExp, attributes: string) => {
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};

/** Only these `type`s run; JSON-LD and other data blocks are not subject to `script-src`. */
const isExecutable = (type: string | undefined) =>
  type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);

export interface PageScripts {
  /** `src` of every external script. */
  external: string[];
  /** Text of every inline script that runs. */
  inline: string[];
  /** Text of every inline `<style>`. */
  styles: string[];
}

export function scriptsOf(html: string): PageScripts {
  const scripts: PageScripts = { external: [], inline: [], styles: [] };
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    const src = attribute(SRC, attributes);
    if (src !== undefined) scripts.external.push(src);
    else if (isExecutable(attribute(TYPE, attributes))) scripts.inline.push(body);
  }
  for (const [, body = ''] of html.matchAll(STYLE)) scripts.styles.push(body);
  return scripts;
}

const META_CSP = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i;
const CHARSET = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/**
 * Puts the page's policy first in `<head>`, right after the charset: a `<meta>` policy only
 * governs what comes after it. The referrer policy travels with it for hosts that send no headers.
 */
export function withMetaPolicy(html: string, policy: string, referrer: string): string {
  if (META_CSP.test(html)) {
    throw new Error(
      'Sidan har redan en Content-Security-Policy i en <meta>-tagg. Policyn skrivs av src/integrations/security-headers.ts; ta bort den andra (t.ex. Astros `security.csp`).',
    );
  }
  const tags = `<meta http-equiv="content-security-policy" content="${policy}"><meta name="referrer" content="${referrer}">`;
  const charset = CHARSET.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${tags}`);
  return html.replace(/<head\b[^>]*>/i, (head) => `${head}${tags}`);
}

export const HEADERS_MARKER = '# Written by src/integrations/security-headers.ts at build time.';

/** The `_headers` file read by Netlify, Cloudflare Pages and similar static hosts. */
export function headersFile(policy: string): string {
  const lines = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS }).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `${HEADERS_MARKER}\n/*\n${lines.join('\n')}\n`;
}
