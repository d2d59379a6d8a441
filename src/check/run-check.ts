/**
 * The editors' check: reads `content/` from disk, runs every rule and returns every problem at
 * once. Shared by `npm run check`, the build and the dev server, so all three say the same.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentSet } from '../plan/entries.ts';
import { pageUrlsOf, type PageUrl } from '../plan/published-urls.ts';
import { readContentFiles, validateContentFiles, type ContentFile } from './read-content.ts';
import { checkBodies } from './body-check.ts';
import { checkDates } from './date-check.ts';
import { checkGraph } from './graph-check.ts';
import { error, type CheckIssue } from '../plan/issues.ts';
import { checkLayout } from './layout-check.ts';
import { checkSettings } from './settings-check.ts';
import { checkLix, lixScores, type LixScore } from './lix-check.ts';
import { checkMarkupSafety } from './markup-safety-check.ts';
import { checkPlaceholders } from './placeholder-check.ts';
import { checkRedirects } from './redirect-check.ts';
import { reservedPaths } from '../security/reserved.ts';
import { STANDALONE_PAGES } from '../plan/standalone-pages.ts';
import { checkSchemas } from './schema-check.ts';
import { checkUrls } from './url-check.ts';
import { indicatorDataOf, readIndicatorCsvFiles } from '../indicators/indicator-files.ts';
import { MANIFEST_NAME, parseManifest, targetOf, type ManifestLine } from './url-manifest.ts';
import { entryIdFromPath } from '../schemas/collections.ts';

export interface CheckOptions {
  /** The folder shaped like `content/`. */
  contentDir: string;
  /** Paths in messages are relative to this, normally the project root. */
  root: string;
}

export interface CheckResult {
  /** How many files were read. */
  fileCount: number;
  issues: CheckIssue[];
  lix: LixScore[];
  /** The valid, published content, as the build would see it. */
  content: ContentSet;
  /** Every URL that content publishes, redirects included. */
  produced: PageUrl[];
  files: ContentFile[];
  manifest: ManifestLine[] | undefined;
  manifestFile: string;
}

export async function readManifest(contentDir: string, root: string) {
  const manifestFile = relative(root, join(contentDir, MANIFEST_NAME));
  const text = await readFile(join(contentDir, MANIFEST_NAME), 'utf8').catch(() => undefined);
  const parsed = text === undefined ? undefined : parseManifest(text, manifestFile);
  return { manifestFile, manifest: parsed?.lines, problems: parsed?.problems ?? [] };
}

/**
 * Runs one rule; if it throws on input nobody foresaw, the check reports that in Swedish instead
 * of crashing with a stack trace, and still fails (exit status 1).
 */
async function safely(rule: string, contentDir: string, root: string, run: () => CheckIssue[] | Promise<CheckIssue[]>): Promise<CheckIssue[]> {
  try {
    return await run();
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message.split('\n')[0] : String(failure);
    return [error({
      file: `${relative(root, contentDir)}/`, code: 'check-failed',
      message: `Kontrollen kunde inte göra steget \`${rule}\` för innehållet (${detail}). Något i en fil är så ovanligt att kontrollen inte klarar det: ångra den senaste ändringen och kör \`npm run check\` igen, eller be en utvecklare om hjälp.`,
    })];
  }
}

const byFileThenLine = (a: CheckIssue, b: CheckIssue) =>
  a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0);

export async function checkContent({ contentDir, root }: CheckOptions): Promise<CheckResult> {
  // 1. Files the build would skip: unknown folders, wrong extensions, loose files.
  const layout = await safely('files', contentDir, root, () => checkLayout(contentDir, root));
  // 2. Read every collection's files; front matter that is not valid YAML stops there.
  const { files, problems } = await readContentFiles(contentDir, root);
  const unreadable = problems.map((p) => error({ file: p.filePath, line: p.line, code: p.kind === 'yaml' ? ('broken-yaml' as const) : p.kind, message: p.message }));
  // 3. Validate with the build's own schemas.
  const { content, failures, drafts } = validateContentFiles(files);
  const invalid = failures.map((f) => f.file);
  const published = files.filter((f) => !invalid.includes(f) && !drafts.includes(f));
  const broken = problems.flatMap((p) => (p.collection ? [{ collection: p.collection, id: entryIdFromPath(p.filePath) }] : []));
  // 4. The plan's rules (cross-references, lifecycle, glossary), then the published addresses against the manifest.
  const produced = pageUrlsOf(content);
  const { manifestFile, manifest, problems: manifestProblems } = await readManifest(contentDir, root);
  const lix = lixScores(published, produced);
  // Indicator values, in CSV files next to the indicators.
  const csvFiles = await readIndicatorCsvFiles(contentDir, root);
  const step = (rule: string, run: () => CheckIssue[] | Promise<CheckIssue[]>) => safely(rule, contentDir, root, run);
  const unreadableIds = broken.map((b) => b.id);
  const issues = [
    ...layout,
    ...unreadable,
    ...(await step('schemas', () => checkSchemas(failures))),
    ...(await step('dates', () => checkDates(files))),
    ...(await step('bodies', () => checkBodies(files))),
    ...(await step('markup', () => checkMarkupSafety(files))),
    ...(await step('placeholders', () => checkPlaceholders(published))),
    ...(await step('graph', () => checkGraph({ content, files, invalid, drafts, unreadable: unreadableIds }))),
    ...(await step('redirects', async () => checkRedirects(produced, await reservedPaths(STANDALONE_PAGES), files))),
    ...(await step('indicator-data', () => indicatorDataOf(csvFiles, content).issues)),
    ...manifestProblems,
    ...(await step('urls', () => checkUrls({ manifest, manifestFile, produced, files, invalid, drafts, unreadable: broken.map(targetOf) }))),
    ...(await step('lix', () => checkLix(lix, files))),
    ...(await step('settings', () => checkSettings(contentDir, root))),
  ].sort(byFileThenLine);
  const fileCount = files.length + csvFiles.length + new Set(problems.map((p) => p.filePath)).size + (manifest ? 1 : 0);
  return { fileCount, issues, lix, content, produced, files, manifest, manifestFile };
}
