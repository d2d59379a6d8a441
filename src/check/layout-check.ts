/**
 * Files the build would silently skip: a folder under `content/` that is no collection, a file
 * with the wrong extension or in a subfolder, a file lying loose in `content/`. Where the file's
 * fields fit a collection, the message says which folder to move it to.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { anEntryOf, COLLECTION_NAMES, COLLECTIONS, entryIdFromPath, type CollectionName } from '../schemas/collections.ts';
import { SLUG_PATTERN } from '../schemas/shared.ts';
import { slugify } from '../plan/urls.ts';
import { extensionsOf, isReadBy, parseFrontMatter } from './read-content.ts';
import { error, warning, type CheckIssue } from '../plan/issues.ts';
import { bestFit } from './schema-check.ts';
import { didYouMean } from '../plan/suggest.ts';
import { readContentText } from '../security/content-file.ts';
import { isReservedId } from '../security/reserved.ts';

/** Files that may sit directly in `content/` without being entries. */
export const CONTENT_ROOT_FILES = ['urls.txt', 'README.md', 'installningar.yml'];

/** Collections whose ids the pages use as HTML ids (`#id` anchors), where a clash breaks a page. */
const HTML_ID_COLLECTIONS = new Set<CollectionName>(['goals', 'contacts', 'organisations', 'events', 'glossary', 'localWork']);

const FOLDERS = COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder);
const collectionOf = (folder: string) => COLLECTION_NAMES.find((name) => COLLECTIONS[name].folder === folder);
const looksLikeEntry = (name: string) => /\.(md|mdx|markdown)$/i.test(name);

async function moveHint(path: string, filePath: string): Promise<string> {
  const read = await readContentText(path);
  if (!('text' in read)) return '';
  const parsed = parseFrontMatter(filePath, read.text);
  if (Array.isArray(parsed)) return '';
  const fit = bestFit(parsed.raw);
  if (!fit || fit.problems > 2) return ' Flytta den till mappen för sin samling.';
  return ` Fälten passar ${anEntryOf(fit.collection)}: flytta den till \`content/${COLLECTIONS[fit.collection].folder}/\`.`;
}

async function checkCollectionFolder(collection: CollectionName, dir: string, root: string): Promise<CheckIssue[]> {
  const issues: CheckIssue[] = [];
  const folder = COLLECTIONS[collection].folder;
  const readable = extensionsOf(COLLECTIONS[collection].pattern).map((ext) => `\`.${ext}\``).join(' och ');
  const entries = await readdir(dir, { withFileTypes: true });
  const owners = new Map<string, string>();
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (entry.name.startsWith('.')) continue;
    const file = relative(root, join(dir, entry.name));
    const id = entryIdFromPath(entry.name);
    if (entry.isSymbolicLink()) {
      // A link to an entry's name is reported where the file is read (read-content.ts).
      if (!isReadBy(collection, entry.name)) {
        issues.push(error({ file, code: 'symlink', message: 'Det här är en symbolisk länk. Innehållet läses inte via länkar: ta bort länken och lägg själva filen här.' }));
      }
    } else if (entry.isDirectory() && isReadBy(collection, entry.name)) {
      issues.push(error({
        file: `${file}/`, code: 'not-a-file',
        message: `Det här är en mapp som heter som en post. En post är en fil: ta bort mappen, eller flytta filen i den hit som \`content/${folder}/${entry.name}\`.`,
      }));
    } else if (entry.isDirectory()) {
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
      continue;
    } else if (!SLUG_PATTERN.test(id)) {
      const suggested = slugify(id);
      issues.push(error({
        file, code: 'file-name',
        message:
          `Filnamnet är postens id, som andra filer hänvisar till och som blir en del av adresser. Det får bara innehålla små bokstäver a–z, siffror och bindestreck (inga mellanslag, versaler eller å, ä, ö). ` +
          `Byt namn på filen${suggested ? ` till \`${suggested}${entry.name.slice(entry.name.lastIndexOf('.'))}\`` : ''}.`,
      }));
    } else if (HTML_ID_COLLECTIONS.has(collection) && isReservedId(id)) {
      issues.push(error({
        file, code: 'reserved-id',
        message: `Id:t \`${id}\` används redan av webbplatsens sidor (t.ex. som ankare i adresser) och skulle krocka. Byt namn på filen till ett annat id.`,
      }));
    }
    if (!isReadBy(collection, entry.name) || entry.isDirectory()) continue;
    const first = owners.get(id);
    if (first) {
      issues.push(error({
        file, code: 'duplicate-id',
        message: `Filen har samma id, \`${id}\`, som \`${first}\`. Två filer i en samling kan inte heta likadant utom filändelsen: behåll en av dem, eller byt namn på den här.`,
      }));
    } else owners.set(id, entry.name);
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
