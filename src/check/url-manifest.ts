/**
 * `content/urls.txt`: every address the site has published and the entry it names, one per
 * line (`/mal/vuxna/3-2/ mal/vuxna-3-2`). Committed, so a URL that municipalities link to can
 * never silently break or start to name something else. Written by `npm run urls:update`.
 *
 * An address that is gone on purpose is written `/adress/ borttagen <why, for readers>`: the
 * web server answers it with 410 Gone and a page saying so, instead of a 404.
 */
import { COLLECTIONS } from '../schemas/collections.ts';
import type { PageUrl } from '../plan/published-urls.ts';
import { error, type CheckIssue } from '../plan/issues.ts';

export const MANIFEST_NAME = 'urls.txt';

export interface ManifestLine {
  url: string;
  /** The entry as `<folder>/<id>`, e.g. `mal/vuxna-3-2`: the file `content/mal/vuxna-3-2.md`. */
  target: string;
  line: number;
  /** For an address removed on purpose (`borttagen`): the editor's note on why. `target` is `''`. */
  removed?: string | undefined;
}

/** The word that marks an address as removed on purpose. */
export const REMOVED = 'borttagen';

/** The manifest's name for the entry behind a URL. */
export const targetOf = (page: Pick<PageUrl, 'collection' | 'id'>) => `${COLLECTIONS[page.collection].folder}/${page.id}`;

const HEADER = [
  '# Varje adress som webbplatsen har publicerat, och den post (mapp/filnamn) som adressen visar.',
  '# En publicerad adress måste fortsätta fungera och får aldrig börja visa en annan post.',
  '# Filen skrivs av `npm run urls:update`; checka in den tillsammans med ändringen i innehållet.',
  '# En adress som tagits bort med avsikt skrivs: /adress/ borttagen Förklaring till läsarna.',
  '# Läs mer i CONTRIBUTING.md under "Adresser som aldrig går sönder".',
];

export function parseManifest(text: string, filePath: string): { lines: ManifestLine[]; problems: CheckIssue[] } {
  const lines: ManifestLine[] = [];
  const problems: CheckIssue[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const [url, target, ...rest] = trimmed.split(/\s+/);
    if (url && target === REMOVED) {
      const note = rest.join(' ');
      if (!/^\/(?:[a-z0-9-]+\/)*$/.test(url) || note === '') {
        problems.push(error({
          file: filePath, line, code: 'url-manifest-syntax',
          message: `Raden går inte att läsa. En borttagen adress skrivs som adressen, ordet \`${REMOVED}\` och en kort förklaring till läsarna, t.ex. \`/mal/vuxna/9-9/ ${REMOVED} Målet ströks när planen förlängdes.\``,
        }));
        return;
      }
      if (seen.has(url)) {
        problems.push(error({ file: filePath, line, code: 'url-manifest-duplicate', message: `Adressen \`${url}\` står redan på rad ${seen.get(url)}. Ta bort den ena raden.` }));
        return;
      }
      seen.set(url, line);
      lines.push({ url, target: '', line, removed: note });
      return;
    }
    if (!url || !target || rest.length > 0 || !/^\/(?:[a-z0-9-]+\/)*$/.test(url) || !/^[a-z0-9-]+\/[^/\s]+$/.test(target)) {
      problems.push(error({
        file: filePath, line, code: 'url-manifest-syntax',
        message: `Raden går inte att läsa. Varje rad ska vara en adress och en post med mellanslag emellan, t.ex. \`/mal/vuxna/3-2/ mal/vuxna-3-2\`. Skriv om filen med \`npm run urls:update\` om du är osäker.`,
      }));
      return;
    }
    const first = seen.get(url);
    if (first !== undefined) {
      problems.push(error({ file: filePath, line, code: 'url-manifest-duplicate', message: `Adressen \`${url}\` står redan på rad ${first}. Ta bort den ena raden.` }));
      return;
    }
    seen.set(url, line);
    lines.push({ url, target, line });
  });
  return { lines, problems };
}

export function formatManifest(entries: readonly { url: string; target: string; removed?: string | undefined }[]): string {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const line = ({ url, target, removed }: (typeof entries)[number]) => (removed ? `${url} ${REMOVED} ${removed}` : `${url} ${target}`);
  return `${[...HEADER, '', ...sorted.map(line)].join('\n')}\n`;
}
