/**
 * Reads `content/` straight from disk and validates it with the same schemas the build uses.
 * No Astro import: the editors' check and the tests use it without starting a build.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, entryIdFromPath, type CollectionName } from '../schemas/collections.ts';
import { readContentText, type FileProblemKind } from '../security/content-file.ts';
import type { ContentSet, Entry } from '../plan/entries.ts';
import { indexYaml, type YamlPositions } from './yaml-positions.ts';
import { describeYamlError } from './yaml-problems.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Relative to the project root, e.g. `content/mal/vuxna-3-2.md`. */
  filePath: string;
  /** The front matter as parsed YAML, before validation. */
  raw: unknown;
  body: string;
  /** The file line where the body starts. */
  bodyLine: number;
  /** Where every field and value sits in the file, for messages. */
  positions: YamlPositions;
}

export interface ReadProblem {
  filePath: string;
  /** The collection whose folder the file is in, when it is in one. */
  collection?: CollectionName;
  line?: number;
  kind: 'yaml' | 'no-front-matter' | 'not-a-mapping' | FileProblemKind;
  message: string;
}

export interface FrontMatter {
  raw: Record<string, unknown>;
  body: string;
  bodyLine: number;
  positions: YamlPositions;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Splits a markdown file into its front matter (read as Astro reads it, dates included) and body. */
export function parseFrontMatter(filePath: string, text: string): FrontMatter | ReadProblem[] {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return [{
      filePath, line: 1, kind: 'no-front-matter',
      message: 'Filen saknar front matter. Överst i filen ska det stå en rad med `---`, sedan fälten (`namn: värde`), sedan en rad med `---` igen.',
    }];
  }
  const [, yamlText = '', body = ''] = match;
  try {
    return readYaml(filePath, text, yamlText, body);
  } catch {
    // The yaml library refuses alias bombs (`maxAliasCount`) and runs out of stack on absurd nesting.
    return [{
      filePath, line: 2, kind: 'yaml',
      message:
        'Front matter kan inte läsas: den hänvisar för många gånger till andra värden (`&namn` och `*namn`) eller är nästlad i för många nivåer. ' +
        'Skriv varje fält som `namn: värde`, med listor och underfält i högst några nivåer.',
    }];
  }
}

/** More `*alias` uses than this in one front matter means someone is trying to blow up the check. */
const MAX_ALIAS_COUNT = 50;

function readYaml(filePath: string, text: string, yamlText: string, body: string): FrontMatter | ReadProblem[] {
  const lineCounter = new LineCounter();
  // Astro reads front matter with YAML timestamps on, so `date: 2018-05-04` is a date here too.
  const doc = parseDocument(yamlText, { lineCounter, customTags: ['timestamp'], prettyErrors: false });
  if (doc.errors.length > 0) {
    const yamlLines = yamlText.split(/\r?\n/);
    const seen = new Set<number>();
    return doc.errors.flatMap((error) => {
      const yamlLine = lineCounter.linePos(error.pos[0]).line;
      if (seen.has(yamlLine)) return [];
      seen.add(yamlLine);
      const message = describeYamlError(error, yamlLines[yamlLine - 1] ?? '');
      return [{ filePath, line: yamlLine + 1, kind: 'yaml' as const, message }];
    });
  }
  const raw: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{
      filePath, line: 2, kind: 'not-a-mapping',
      message: 'Front matter ska vara en rad per fält, `namn: värde`, men här står något annat (en lista eller bara text).',
    }];
  }
  const frontMatterLines = text.slice(0, text.length - body.length).split('\n').length;
  return {
    raw: raw as Record<string, unknown>,
    body,
    bodyLine: frontMatterLines,
    positions: indexYaml(doc.contents, lineCounter, 1),
  };
}

export function parseContentFile(collection: CollectionName, filePath: string, text: string): ContentFile | ReadProblem[] {
  const parsed = parseFrontMatter(filePath, text);
  if (Array.isArray(parsed)) return parsed;
  return { collection, id: entryIdFromPath(filePath), filePath, ...parsed };
}

/** The extensions a collection's glob pattern reads, e.g. `*.{md,mdx}` → `['md', 'mdx']`. */
export function extensionsOf(pattern: string): string[] {
  const ext = pattern.replace(/^\*\./, '');
  return ext.startsWith('{') ? ext.slice(1, -1).split(',') : [ext];
}

export const isReadBy = (collection: CollectionName, name: string) =>
  extensionsOf(COLLECTIONS[collection].pattern).some((ext) => name.endsWith(`.${ext}`));

/** Files read at once: enough to keep libuv's threads busy, far below any limit on open files. */
const PARALLEL_READS = 16;

/** Every file each collection's loader would read, parsed, plus the files that cannot be read. */
export async function readContentFiles(contentDir: string, root = process.cwd()) {
  const found: { collection: CollectionName; path: string; filePath: string }[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    // Folders named like entries are reported by the layout check; symbolic links are refused below.
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const names = entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
    for (const name of names.filter((n) => isReadBy(collection, n)).sort()) {
      const path = join(dir, name);
      found.push({ collection, path, filePath: relative(root, path) });
    }
  }
  // Several files are read at once: one at a time, the check spent a third of its time waiting
  // for the disk. Symbolic links, folders named like entries, huge files and other encodings are
  // never parsed (`readContentText`).
  const texts = await pLimit(PARALLEL_READS).map(found, ({ path }) => readContentText(path));
  const files: ContentFile[] = [];
  const problems: ReadProblem[] = [];
  found.forEach(({ collection, filePath }, i) => {
    const read = texts[i]!;
    if (!('text' in read)) {
      problems.push({ filePath, collection, kind: read.kind, message: read.message });
      return;
    }
    const parsed = parseContentFile(collection, filePath, read.text);
    if (Array.isArray(parsed)) problems.push(...parsed.map((problem) => ({ ...problem, collection })));
    else files.push(parsed);
  });
  return { files, problems };
}

export interface ValidationFailure {
  file: ContentFile;
  issues: z.core.$ZodIssue[];
}

/** Validates every file; returns the valid entries as a content set, the drafts and every failure. */
export function validateContentFiles(files: ContentFile[]) {
  const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<
    CollectionName,
    Entry<unknown>[]
  >;
  const failures: ValidationFailure[] = [];
  const drafts: ContentFile[] = [];
  for (const file of files) {
    const result = COLLECTIONS[file.collection].schema.safeParse(file.raw, { reportInput: true });
    if (!result.success) failures.push({ file, issues: result.error.issues });
    else if ((result.data as { draft: boolean }).draft) drafts.push(file);
    else content[file.collection].push({ id: file.id, filePath: file.filePath, data: result.data });
  }
  return { content: content as unknown as ContentSet, failures, drafts };
}
