/**
 * Compares the addresses the content would publish with the committed manifest: a recorded
 * address must still be produced (as a page or a redirect), must name the same entry, and every
 * new address must be recorded.
 */
import type { PageUrl } from '../plan/published-urls.ts';
import type { ContentFile } from './read-content.ts';
import { lineOfPath } from './yaml-positions.ts';
import { error, warning, type CheckIssue } from '../plan/issues.ts';
import { targetOf, type ManifestLine } from './url-manifest.ts';

export interface UrlCheckInput {
  /** The manifest's lines, or `undefined` when there is no manifest yet. */
  manifest: ManifestLine[] | undefined;
  manifestFile: string;
  /** Every URL the valid, published content produces, redirects included. */
  produced: PageUrl[];
  files: ContentFile[];
  invalid: ContentFile[];
  drafts: ContentFile[];
  /** Entries (`<folder>/<id>`) whose front matter could not be read: they exist, but are broken. */
  unreadable: string[];
}

const redirectSnippet = (url: string) => `\n\n    redirectFrom:\n      - ${url}`;

/** "`slug`" or "`targetGroup`, `focusArea` eller `number`". */
const fieldList = (fields: string) => {
  const names = fields.split(',').map((f) => `\`${f.trim()}\``);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}` : (names[0] ?? '');
};

export function checkUrls(input: UrlCheckInput): CheckIssue[] {
  const { manifest, manifestFile, produced, files } = input;
  if (!manifest) {
    return [warning({
      file: manifestFile, code: 'url-manifest-missing',
      message: 'Förteckningen över publicerade adresser saknas, så det gick inte att kontrollera att gamla adresser fortsätter fungera. Skapa den med `npm run urls:update` och checka in den.',
    })];
  }
  // An address two entries claim is the graph's duplicate-url error; compare only the rest.
  const claims = Map.groupBy(produced, (page) => page.url);
  const byUrl = new Map([...claims].filter(([, pages]) => pages.length === 1).map(([url, pages]) => [url, pages[0] as PageUrl]));
  const recordedTargets = new Set(manifest.filter((line) => !line.removed).map((line) => line.target));
  const fileOfTarget = new Map(files.map((file) => [targetOf(file), file]));
  const isAmong = (list: ContentFile[], target: string) => list.some((file) => targetOf(file) === target);
  const issues: CheckIssue[] = [];

  for (const { url, target, line, removed } of manifest) {
    const page = byUrl.get(url);
    if (removed !== undefined) {
      if (page) {
        issues.push(warning({
          file: manifestFile, line, code: 'url-manifest-outdated',
          message: `Adressen \`${url}\` står som borttagen, men \`${targetOf(page)}\` har den nu. Kör \`npm run urls:update\` så att förteckningen stämmer.`,
        }));
      }
      continue;
    }
    if (!page && claims.has(url)) continue;
    if (page) {
      const now = targetOf(page);
      if (now === target) continue;
      const renamed = !fileOfTarget.has(target) && !input.unreadable.includes(target) && !recordedTargets.has(now);
      if (page.redirect || renamed) {
        issues.push(warning({
          file: manifestFile, line, code: 'url-manifest-outdated',
          message: `Adressen \`${url}\` visar nu \`${now}\` (förut \`${target}\`). Kör \`npm run urls:update\` så att förteckningen stämmer.`,
        }));
        continue;
      }
      const file = files.find((f) => f.filePath === page.file);
      issues.push(error({
        file: page.file, line: file && lineOfPath(file.positions, page.field.split(',')[0]?.trim().split('.') ?? []), code: 'url-rebound', field: page.field,
        message:
          `Adressen \`${url}\` har publicerats för \`${target}\`, men skulle nu visa den här posten. En publicerad adress får aldrig börja visa något annat, ` +
          `eftersom andra webbplatser länkar till den. Ändra ${fieldList(page.field)} så att posten får en adress som aldrig har använts.`,
      }));
      continue;
    }
    const owner = fileOfTarget.get(target);
    if ((owner && isAmong(input.invalid, target)) || input.unreadable.includes(target)) continue;
    if (owner && isAmong(input.drafts, target)) {
      issues.push(error({
        file: owner.filePath, line: lineOfPath(owner.positions, ['draft']), code: 'url-removed', field: 'draft',
        message: `Adressen \`${url}\` är publicerad, men posten är nu ett utkast (\`draft: true\`), så sidan skulle försvinna. Ta bort \`draft: true\`. Ska posten inte längre ingå i planen, skriv \`status: utgått\` i stället: då finns sidan kvar med en upplysning om att den har utgått.`,
      }));
    } else if (owner) {
      const current = produced.find((p) => p.file === owner.filePath && !p.redirect);
      issues.push(error({
        file: owner.filePath, line: lineOfPath(owner.positions, ['redirectFrom']) ?? 2, code: 'url-removed', field: 'redirectFrom',
        message:
          `Adressen \`${url}\` har publicerats för den här posten men skapas inte längre${current ? ` (posten har nu adressen \`${current.url}\`)` : ''}. ` +
          `Lägg till den gamla adressen i \`redirectFrom\`, så att länkar till den leder hit:${redirectSnippet(url)}`,
      }));
    } else {
      issues.push(error({
        file: manifestFile, line, code: 'url-removed',
        message:
          `Adressen \`${url}\` har publicerats för \`${target}\`, men filen \`content/${target}.md\` finns inte längre och ingen annan post har adressen i \`redirectFrom\`. ` +
          `Ta tillbaka filen och skriv \`status: utgått\` i den (sidan finns då kvar med en upplysning om att den har utgått), ` +
          `eller lägg till adressen i \`redirectFrom\` i den post som ersätter den:${redirectSnippet(url)}\n\n` +
          `Ska adressen vara borta för gott, skriv om raden till \`${url} borttagen\` och en kort förklaring till läsarna. Webbservern svarar då att sidan är borttagen.`,
      }));
    }
  }

  const recorded = new Set(manifest.map((line) => line.url));
  for (const page of [...byUrl.values()].filter((p) => !recorded.has(p.url))) {
    issues.push(error({
      file: manifestFile, code: 'url-not-recorded',
      message: `Adressen \`${page.url}\` (från \`${page.file}\`) är ny och finns inte i förteckningen. Kör \`npm run urls:update\` och checka in \`${manifestFile}\` tillsammans med ändringen, så att adressen skyddas framöver.`,
    }));
  }
  return issues;
}
