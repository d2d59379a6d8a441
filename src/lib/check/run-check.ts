/**
 * The editors' check: reads `content/` from disk, runs every rule and returns every problem at
 * once. Shared by `npm run check`, the build and the dev server, so all three say the same.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentSet } from '../entries.ts';
import { pageUrlsOf, type PageUrl } from '../page-urls.ts';
import { readContentFiles, validateContentFiles, type ContentFile } from '../read-content.ts';
import { checkBodies } from './body-check.ts';
import { checkDates } from './date-check.ts';
import { checkGlossary } from './glossary-check.ts';
import { checkGraph } from './graph-check.ts';
import { error, type CheckIssue } from './issue.ts';
import { checkLayout } from './layout-check.ts';
import { checkLifecycle } from './lifecycle-check.ts';
import { checkLix, lixScores, type LixScore } from './lix-check.ts';
import { checkMarkupSafety } from './markup-safety-check.ts';
import { checkPlaceholders } from './placeholder-check.ts';
import { checkSchemas } from './schema-check.ts';
import { checkUrls } from './url-check.ts';
import { indicatorDataOf, readIndicatorCsvFiles } from '../indicator-files.ts';
import { MANIFEST_NAME, parseManifest, targetOf, type ManifestLine } from './url-manifest.ts';
import { entryIdFromPath } from '../../schemas/index.ts';

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

const byFileThenLine = (a: CheckIssue, b: CheckIssue) =>
  a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0);

export async function checkContent({ contentDir, root }: CheckOptions): Promise<CheckResult> {
  // 1. Files the build would skip: unknown folders, wrong extensions, loose files.
  const layout = await checkLayout(contentDir, root);
  // 2. Read every collection's files; front matter that is not valid YAML stops there.
  const { files, problems } = await readContentFiles(contentDir, root);
  const unreadable = problems.map((p) => error({ file: p.filePath, line: p.line, code: p.kind === 'yaml' ? ('broken-yaml' as const) : p.kind, message: p.message }));
  // 3. Validate with the build's own schemas.
  const { content, failures, drafts } = validateContentFiles(files);
  const invalid = failures.map((f) => f.file);
  const published = files.filter((f) => !invalid.includes(f) && !drafts.includes(f));
  const broken = problems.flatMap((p) => (p.collection ? [{ collection: p.collection, id: entryIdFromPath(p.filePath) }] : []));
  // 4. Cross-references, lifecycle, glossary, then the published addresses against the manifest.
  const produced = pageUrlsOf(content);
  const { manifestFile, manifest, problems: manifestProblems } = await readManifest(contentDir, root);
  const lix = lixScores(published, produced);
  // 5. Indicator values, in CSV files next to the indicators.
  const csvFiles = await readIndicatorCsvFiles(contentDir, root);
  const issues = [
    ...layout,
    ...unreadable,
    ...checkSchemas(failures),
    ...checkDates(files),
    ...checkBodies(files),
    ...(await checkMarkupSafety(files, root)),
    ...checkPlaceholders(published),
    ...checkGraph({ content, files, invalid, drafts, unreadable: broken.map((b) => b.id) }),
    ...indicatorDataOf(csvFiles, content).issues,
    ...checkLifecycle(content, files),
    ...checkGlossary(content),
    ...manifestProblems,
    ...checkUrls({ manifest, manifestFile, produced, files, invalid, drafts, unreadable: broken.map(targetOf) }),
    ...checkLix(lix, files),
  ].sort(byFileThenLine);
  const fileCount = files.length + csvFiles.length + new Set(problems.map((p) => p.filePath)).size + (manifest ? 1 : 0);
  return { fileCount, issues, lix, content, produced, files, manifest, manifestFile };
}
