/**
 * A `redirectFrom` address may not take over an address the site itself uses: the start page,
 * `/sok/`, a list page, or anything under `/data/`, `/og/`, `/pagefind/` or `/_astro/`. A redirect
 * there would replace the site's own page with a jump to the entry. (Two entries claiming one
 * address are `duplicate-url`, from the plan's rules.)
 */
import type { PageUrl } from '../plan/published-urls.ts';
import { reservedOwner, type ReservedPaths } from '../security/reserved.ts';
import type { ContentFile } from './read-content.ts';
import { error, type CheckIssue } from '../plan/issues.ts';

export function checkRedirects(produced: PageUrl[], reserved: ReservedPaths, files: ContentFile[]): CheckIssue[] {
  return produced.flatMap(({ url, file, redirect }) => {
    if (!redirect) return [];
    const owner = reservedOwner(url, reserved);
    if (owner === undefined) return [];
    const item = files.find((f) => f.filePath === file)?.positions.scalars.find((s) => s.path[0] === 'redirectFrom' && s.value === url);
    return [error({
      file, line: item?.line, field: 'redirectFrom', code: 'redirect-reserved',
      message:
        `Adressen \`${url}\` i \`redirectFrom\` tillhör webbplatsen själv (\`${owner}\`) och kan inte leda till en post. ` +
        'Ta bort raden; ange bara adresser som den här posten själv har haft.',
    })];
  });
}
