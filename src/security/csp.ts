/**
 * The site's Content-Security-Policy as static data. The site's own scripts are external files
 * served from the site itself, so `script-src` is `'self'` and never carries a hash or a nonce:
 * nothing found in the built HTML can widen the policy. A template may declare one need,
 * `pagefind` (Pagefind compiles WebAssembly in the browser), by rendering
 * `<meta name="csp-needs" content="pagefind">` in its `<head>`; `built-pages.ts` turns that
 * declaration into `'wasm-unsafe-eval'` for that page and removes the tag.
 */

/** What a template may declare, and the sources each declaration adds to `script-src`. */
export const CSP_NEEDS = {
  pagefind: ["'wasm-unsafe-eval'"],
} as const satisfies Record<string, readonly string[]>;
export type CspNeed = keyof typeof CSP_NEEDS;

/** The `<meta name>` a template uses to declare its needs. */
export const NEEDS_META_NAME = 'csp-needs';

export const isCspNeed = (value: string): value is CspNeed => Object.hasOwn(CSP_NEEDS, value);

/** Directives every page gets. */
const BASE: Record<string, readonly string[]> = {
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
const HEADER_ONLY: Record<string, readonly string[]> = {
  'frame-ancestors': ["'none'"],
};

/** The policy text for a page (`meta`) or for the whole site (`header`). */
export function contentSecurityPolicy(needs: readonly CspNeed[], delivery: 'meta' | 'header'): string {
  const directives: Record<string, readonly string[]> = { ...BASE, ...(delivery === 'header' ? HEADER_ONLY : {}) };
  directives['script-src'] = [...new Set(["'self'", ...needs.flatMap((need) => CSP_NEEDS[need])])];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The header static hosts apply to every path. It allows every need any template may declare:
 * hosts combine every matching rule, and Pagefind's worker takes its policy from the header of its
 * own script. Each page's `<meta>` policy still narrows the page to what its template declared.
 */
export const SITE_POLICY = contentSecurityPolicy(Object.keys(CSP_NEEDS) as CspNeed[], 'header');

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

export const HEADERS_MARKER = '# Written by src/integrations/security-headers.ts at build time.';

/** The `_headers` file read by Netlify, Cloudflare Pages and similar static hosts. */
export function headersFile(policy: string = SITE_POLICY): string {
  const lines = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS }).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `${HEADERS_MARKER}\n/*\n${lines.join('\n')}\n`;
}
