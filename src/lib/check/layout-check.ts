/**
 * Files the build would silently skip: a folder under `content/` that is no collection, a file
 * with the wrong extension or in a subfolder, a file lying loose in `content/`. Where the file's
 * fields fit a collection, the message says which folder to move it to.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, entryIdFromPath, type CollectionName } from '../../schemas/index.ts';
import { SLUG_PATTERN } from '../../schemas/shared.ts';
import { slugify } from '../urls.ts';
import { extensionsOf, isReadBy, parseFrontMatter } from '../read-content.ts';
import { error, warning, type CheckIssue } from './issue.ts';
import { bestFit } from './schema-check.ts';
import { didYouMean } from './suggest.ts';
import { AN_ENTRY } from './words.ts';

/** Files that may sit directly in `content/` without being entries. */
export const CONTENT_ROOT_FILES = ['urls.txt', 'README.md'];

const FOLDERS = COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder);
const collectionOf = (folder: string) => COLLECTION_NAMES.find((name) => COLLECTIONS[name].folder === folder);
const looksLikeEntry = (name: string) => /\.(md|mdx|markdown)$/i.test(name);

async function moveHint(path: string, filePath: string): Promise<string> {
  const parsed = parseFrontMatter(filePath, await readFile(path, 'utf8'));
  if (Array.isArray(parsed)) return '';
  const fit = bestFit(parsed.raw);
  if (!fit || fit.problems > 2) return ' Flytta den till mappen för sin samling.';
  return ` Fälten passar ${AN_ENTRY[fit.collection]}: flytta den till \`content/${COLLECTIONS[fit.collection].folder}/\`.`;
}

async function checkCollectionFolder(collection: CollectionName, dir: string, root: string): Promise<CheckIssue[]> {
  const issues: CheckIssue[] = [];
  const folder = COLLECTIONS[collection].folder;
  const readable = extensionsOf(COLLECTIONS[collection].pattern).map((ext) => `\`.${ext}\``).join(' och ');
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = relative(root, join(dir, entry.name));
    if (entry.isDirectory()) {
      issues.push(error({
        file: `${file}/`, code: 'nested-folder',
        message: `Mappen läses inte: samlingen läser bara filer som ligger direkt i \`content/${folder}/\`. Flytta filerna en nivå upp.`,
      }));
    } else if (collection === 'indicators' && entry.name.endsWith('.csv')) {
      // An indicator's values: read and checked by src/lib/indicator-files.ts.
      continue;
    } else if (!isReadBy(collection, entry.name)) {
      const fix = looksLikeEntry(entry.name) ? ` Byt filändelse till \`.md\`.` : ' Ta bort filen eller lägg den någon annanstans.';
      issues.push((looksLikeEntry(entry.name) ? error : warning)({
        file, code: 'not-read',
        message: `Filen läses inte av bygget: i \`content/${folder}/\` läses bara filer som slutar på ${readable}.${fix}`,
      }));
    } else if (!SLUG_PATTERN.test(entryIdFromPath(entry.name))) {
      const id = slugify(entryIdFromPath(entry.name));
      issues.push(warning({
        file, code: 'file-name',
        message:
          `Filnamnet är postens id, som andra filer hänvisar till, och bör bara innehålla små bokstäver a–z, siffror och bindestreck. ` +
          `Byt namn på filen${id ? ` till \`${id}${entry.name.slice(entry.name.lastIndexOf('.'))}\`` : ''}.`,
      }));
    }
  }
  return issues;
}

async function checkUnknownFolder(dir: string, root: string, name: string): Promise<CheckIssue[]> {
  const folder = relative(root, dir);
  const issues: CheckIssue[] = [error({
    file: `${folder}/`, code: 'unknown-folder',
    message: `Mappen \`${folder}/\` är ingen samling och läses inte av bygget.${didYouMean(name, FOLDERS)} Samlingarna är ${FOLDERS.map((f) => `\`content/${f}/\``).join(', ')}.`,
  })];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !looksLikeEntry(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(root, path);
    issues.push(error({ file, code: 'wrong-folder', message: `Filen ligger i en mapp som inte läses.${await moveHint(path, file)}` }));
  }
  return issues;
}

export async function checkLayout(contentDir: string, root: string): Promise<CheckIssue[]> {
  const issues: CheckIssue[] = [];
  const entries = await readdir(contentDir, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    return [error({ file: `${relative(root, contentDir)}/`, code: 'no-content', message: 'Mappen med innehåll finns inte. Kontrollera att du står i projektets mapp.' })];
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(contentDir, entry.name);
    const collection = collectionOf(entry.name);
    if (entry.isDirectory()) {
      issues.push(...(collection ? await checkCollectionFolder(collection, path, root) : await checkUnknownFolder(path, root, entry.name)));
    } else if (!CONTENT_ROOT_FILES.includes(entry.name)) {
      const file = relative(root, path);
      const hint = looksLikeEntry(entry.name) ? await moveHint(path, file) : ' Ta bort den eller flytta den ut ur `content/`.';
      issues.push((looksLikeEntry(entry.name) ? error : warning)({
        file, code: 'wrong-folder', message: `Filen ligger direkt i \`content/\` och läses inte av bygget.${hint}`,
      }));
    }
  }
  return issues;
}
