/**
 * The security step of the post-build pass (`./post-build.ts`). Each page is checked with
 * `src/security/built-pages.ts` and gets the Content-Security-Policy its template declared, as a
 * `<meta>` tag for hosts that send no headers; `dist/_headers` gets the site-wide policy and the
 * other security headers for hosts that do. The policy is static data (`src/security/csp.ts`):
 * the build never hashes or nonces what it finds in a page. A page with an inline script, event
 * handler or `style` attribute fails the build, naming the page.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBuiltPage, type PageProblem } from '../security/built-pages.ts';
import { contentSecurityPolicy, headersFile, HEADERS_MARKER, type CspNeed } from '../security/csp.ts';

export interface SecuredPage {
  html: string;
  problems: PageProblem[];
  needs: CspNeed[];
  /** The page's own policy as an HTTP header (the `<meta>` policy plus what only a header can carry). */
  headerPolicy: string;
}

/** One page, checked and given its policy; `problems` is empty when it may be published. */
export function securePage(html: string): SecuredPage {
  const checked = checkBuiltPage(html);
  return { ...checked, headerPolicy: contentSecurityPolicy([...checked.needs].sort(), 'header') };
}

/** Writes `_headers`, keeping rules someone else put there (from public/ or another integration). */
export async function writeHeadersFile(dist: string): Promise<void> {
  const path = join(dist, '_headers');
  const others = existsSync(path) ? (await readFile(path, 'utf8')).split(HEADERS_MARKER)[0]!.trim() : '';
  await writeFile(path, (others ? `${others}\n\n` : '') + headersFile());
}
