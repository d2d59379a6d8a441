/**
 * Reads `content/` straight from disk and validates it with the same schemas the build uses.
 * No Astro import: the editors' check and the tests use it without starting a build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, entryIdFromPath, type CollectionName } from '../schemas/index.ts';
import type { ContentSet, Entry } from './entries.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Relative to the project root, e.g. `content/mal/vuxna-3-2.md`. */
  filePath: string;
  /** The front matter as parsed YAML, before validation. */
  raw: unknown;
  body: string;
  /** Line in the file where each top-level field starts, for messages. */
  fieldLines: Map<string, number>;
}

export interface ReadProblem {
  filePath: string;
  line?: number;
  kind: 'yaml' | 'no-front-matter';
  message: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function parseContentFile(collection: CollectionName, filePath: string, text: string): ContentFile | ReadProblem {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { filePath, line: 1, kind: 'no-front-matter', message: 'Filen saknar front matter mellan två rader med `---` överst.' };
  }
  const [, yamlText = '', body = ''] = match;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    return { filePath, line, kind: 'yaml', message: error.message.split('\n')[0] ?? error.message };
  }
  const fieldLines = new Map<string, number>();
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number] } }[] } | null;
  for (const item of contents?.items ?? []) {
    if (typeof item.key?.value === 'string' && item.key.range) {
      fieldLines.set(item.key.value, lineCounter.linePos(item.key.range[0]).line + 1);
    }
  }
  return { collection, id: entryIdFromPath(filePath), filePath, raw: doc.toJS(), body, fieldLines };
}

export async function readContentFiles(contentDir: string, root = process.cwd()) {
  const files: ContentFile[] = [];
  const problems: ReadProblem[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.mdx?$/.test(n)).sort()) {
      const path = join(dir, name);
      const parsed = parseContentFile(collection, relative(root, path), await readFile(path, 'utf8'));
      if ('kind' in parsed) problems.push(parsed);
      else files.push(parsed);
    }
  }
  return { files, problems };
}

export interface ValidationFailure {
  file: ContentFile;
  issues: z.core.$ZodIssue[];
}

/** Validates every file; returns the valid entries as a content set and every failure. */
export function validateContentFiles(files: ContentFile[]) {
  const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<
    CollectionName,
    Entry<unknown>[]
  >;
  const failures: ValidationFailure[] = [];
  for (const file of files) {
    const result = COLLECTIONS[file.collection].schema.safeParse(file.raw);
    if (!result.success) failures.push({ file, issues: result.error.issues });
    else if (!(result.data as { draft: boolean }).draft) {
      content[file.collection].push({ id: file.id, filePath: file.filePath, data: result.data });
    }
  }
  return { content: content as unknown as ContentSet, failures };
}
