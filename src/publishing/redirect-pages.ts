/**
 * A redirect stub (`src/pages/[...redirect].astro`) as a static host serves it: a page whose
 * `<meta http-equiv="refresh">` forwards to the new address. The page pass reads where it goes
 * (nginx and hosts that read `_redirects` answer with a real 301); the sitemap leaves it out.
 */

const REFRESH_TAG = /<meta\s[^>]*http-equiv=["']?refresh[^>]*>/i;
const REFRESH_TARGET = /\scontent=["']?\d+;\s*url=([^"'\s>]+)/i;

/** Whether the page forwards to another address. */
export const isRedirectStub = (html: string): boolean => REFRESH_TAG.test(html);

/** Where a redirect stub forwards to, or `undefined` for a page. */
export function redirectTarget(html: string): string | undefined {
  const tag = REFRESH_TAG.exec(html)?.[0];
  if (!tag) return undefined;
  const target = REFRESH_TARGET.exec(tag)?.[1];
  if (!target) throw new Error(`A redirect page's refresh tag names no address: ${tag}`);
  return target;
}
