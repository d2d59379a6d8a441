/**
 * Corners of the schema messages and value lines that the mutation run of `src/check` part 2
 * showed untested (README, "Mutation testing"): a missing field whose schema is a union, a
 * misspelt field beside a wrong value of the field it misspells, and a value that also appears
 * under another field.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { schemaIssuesOf } from '../../src/check/schema-check.ts';
import { parseContentFile, type ContentFile } from '../../src/check/read-content.ts';
import { lineOfValue } from '../../src/check/yaml-positions.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { rawEntry } from '../helpers/fixtures.ts';

function fileOf(collection: CollectionName, raw: Record<string, unknown>): ContentFile {
  const file = parseContentFile(collection, `content/${COLLECTIONS[collection].folder}/test.md`, `---\n${stringify(raw)}---\n\nText.\n`);
  if (Array.isArray(file)) throw new Error(file[0]?.message);
  return file;
}

describe('schema corners', () => {
  it('calls a missing field whose schema is a union missing', () => {
    const raw = rawEntry('events') as Record<string, unknown>;
    delete raw['date'];
    expect(schemaIssuesOf(fileOf('events', raw)).map((issue) => [issue.code, issue.field])).toEqual([['missing-field', 'date']]);
  });

  it('still reports a wrong value of the field a misspelt field resembles', () => {
    const codes = (title: unknown) => schemaIssuesOf(fileOf('goals', { ...rawEntry('goals'), titel: 'Mål', title })).map((issue) => [issue.code, issue.field]);
    expect(codes(3)).toEqual([['wrong-type', 'title'], ['unknown-field', 'titel']]);
    expect(codes('')).toEqual([['too-small', 'title'], ['unknown-field', 'titel']]);
  });

  it('finds a value under the field asked for, not under another field with the same value', () => {
    const file = fileOf('goals', { counterpart: 'vuxna-3-3', indicators: ['vuxna-3-3'] });
    expect(lineOfValue(file.positions, 'indicators', 'vuxna-3-3')).toBe(4);
  });
});
