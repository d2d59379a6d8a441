/**
 * Schema problems, one message per problem, in the file's own words: a misspelt field is one
 * message ("`titel` finns inte. Menade du `title`?"), not two. A file whose fields fit another
 * collection is told where to move.
 */
import { anEntryOf, COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { ContentFile, ValidationFailure } from './read-content.ts';
import { lineOfPath, pathKey, type PathKey } from './yaml-positions.ts';
import { error, type CheckIssue, type IssueCode } from '../plan/issues.ts';
import { fieldsAt } from '../schemas/introspect.ts';
import { closestMatch } from '../plan/suggest.ts';
import { describeIssue, toPath, unknownFieldMessage, type IssueLike } from '../plan/zod-messages.ts';

// Any issue whose message is this came without a message of the schema author's own.
const NO_OWN_MESSAGE = '\u0000';

const CODES: Record<string, IssueCode> = {
  invalid_type: 'wrong-type',
  invalid_value: 'unknown-value',
  invalid_format: 'wrong-format',
  too_small: 'too-small',
  too_big: 'too-big',
};

function codeOf(issue: IssueLike): IssueCode {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined) return 'missing-field';
  if (issue.code === 'custom' && issue.params?.kind === 'date') return 'malformed-date';
  if (issue.code === 'invalid_type' && issue.expected === 'date') return 'malformed-date';
  return CODES[issue.code] ?? 'invalid-value';
}

type Parsed = { issues: (IssueLike & { message: string; path: PropertyKey[] })[] };

function parse(collection: CollectionName, raw: unknown): Parsed {
  const result = COLLECTIONS[collection].schema.safeParse(raw, { reportInput: true, error: () => NO_OWN_MESSAGE });
  return { issues: result.success ? [] : (result.error.issues as Parsed['issues']) };
}

const valueAt = (raw: unknown, path: readonly PathKey[]) =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PathKey, unknown>)[key] : undefined), raw);

/** Every schema problem of one file, misspellings merged with the field they misspell. */
export function schemaIssuesOf(file: ContentFile, collection: CollectionName = file.collection): CheckIssue[] {
  const schema = COLLECTIONS[collection].schema;
  const entry = anEntryOf(collection);
  const { issues } = parse(collection, file.raw);
  const missing = new Set(
    issues.filter((i) => i.code === 'invalid_type' && valueAt(file.raw, toPath(i.path)) === undefined).map((i) => pathKey(toPath(i.path))),
  );
  const explained = new Set<string>();
  const out: CheckIssue[] = [];

  for (const issue of issues.filter((i) => i.code === 'unrecognized_keys')) {
    const parent = toPath(issue.path);
    for (const key of issue.keys ?? []) {
      const path: PathKey[] = [...parent, key];
      const suggestion = closestMatch(key, fieldsAt(schema, parent));
      if (suggestion && missing.has(pathKey([...parent, suggestion]))) explained.add(pathKey([...parent, suggestion]));
      out.push(error({
        file: file.filePath, line: lineOfPath(file.positions, path), code: 'unknown-field', field: pathKey(path),
        message: unknownFieldMessage(key, parent, { schema, entry }),
      }));
    }
  }
  for (const parsed of issues.filter((i) => i.code !== 'unrecognized_keys')) {
    const path = toPath(parsed.path);
    // What the editor wrote, not what Zod made of it (`z.coerce.date()` turns nothing into an invalid date).
    const issue = { ...parsed, input: valueAt(file.raw, path) };
    if (explained.has(pathKey(path))) continue;
    const ownMessage = issue.message === NO_OWN_MESSAGE ? undefined : issue.message;
    out.push(error({
      file: file.filePath, line: lineOfPath(file.positions, path), code: codeOf(issue), field: pathKey(path),
      message: describeIssue(issue, { schema, entry, ownMessage }),
    }));
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The collection whose schema a set of fields fits best, and how many problems remain there. */
export function bestFit(raw: unknown, except?: CollectionName): { collection: CollectionName; problems: number } | undefined {
  return COLLECTION_NAMES.filter((name) => name !== except)
    .map((collection) => ({ collection, problems: parse(collection, raw).issues.length }))
    .sort((a, b) => a.problems - b.problems)[0];
}

/** Schema problems of every failed file; a file that belongs elsewhere is told where. */
export function checkSchemas(failures: ValidationFailure[]): CheckIssue[] {
  return failures.flatMap(({ file }) => {
    const own = schemaIssuesOf(file);
    const fit = bestFit(file.raw, file.collection);
    const folder = COLLECTIONS[file.collection].folder;
    if (fit && fit.problems === 0) {
      return [error({
        file: file.filePath, line: 1, code: 'wrong-folder',
        message:
          `Filen ser ut att vara ${anEntryOf(fit.collection)}: fälten passar samlingen i \`content/${COLLECTIONS[fit.collection].folder}/\`, ` +
          `men filen ligger i \`content/${folder}/\` (där den har ${own.length} fel). Flytta den till \`content/${COLLECTIONS[fit.collection].folder}/\`.`,
      })];
    }
    return own;
  });
}
