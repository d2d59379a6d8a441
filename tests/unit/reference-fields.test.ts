/**
 * Promise: every reference to another entry is checked, in every collection. The list of
 * reference fields is read from the schemas (every use of `EntryIdSchema`), not written down
 * here, so a reference field added to a schema is covered without touching this file.
 */
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/rules/index.ts';
import type { ContentSet, Entry } from '../../src/plan/entries.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { pathsTo, type FieldStep, type Schema } from '../../src/schemas/introspect.ts';
import { EntryIdSchema } from '../../src/schemas/shared.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

/** Each path from the top of a schema to an `EntryIdSchema`, through objects, lists and wrappers. */
const referencePaths = (schema: Schema) => pathsTo(schema, (inner) => inner === EntryIdSchema);

const fieldName = (path: FieldStep[]) => path.map((step) => step.key).join('.');

/** Every reference field, by collection, as the graph and the editors' check name them. */
const REFERENCE_FIELDS = COLLECTION_NAMES.flatMap((collection) =>
  referencePaths(COLLECTIONS[collection].schema).map((path) => ({
    name: `${collection}.${fieldName(path)}`, collection, field: fieldName(path), path,
  })),
);

/**
 * A valid plan in which every reference field holds a valid id, so each one can be broken alone.
 * Raw front matter per collection; `makeEntry` parses it with the real schema.
 */
function fullPlan(): { content: ContentSet; raw: Map<string, Record<string, unknown>> } {
  const content = makePlan();
  const raw = new Map<string, Record<string, unknown>>();
  const put = <C extends CollectionName>(collection: C, id: string, overrides: Record<string, unknown>) => {
    raw.set(collection, overrides);
    (content[collection] as Entry<unknown>[]).push(makeEntry(collection, id, overrides));
  };
  // One extra entry per collection, each filling its reference fields; withdrawn so replacedBy is allowed.
  const withdrawn = { status: 'utgått' };
  put('focusAreas', 'gammalt-omrade', { ...withdrawn, number: 4, slug: 'gammalt', replacedBy: 'delaktighet' });
  put('goals', 'vuxna-4-1', {
    ...withdrawn, focusArea: 4, number: 1, indicators: ['en-indikator'], replacedBy: 'vuxna-3-2', counterpart: 'barn-och-unga-4-1',
  });
  content.goals.push(makeEntry('goals', 'barn-och-unga-4-1', {
    ...withdrawn, focusArea: 4, number: 1, targetGroup: 'barn-och-unga', counterpart: 'vuxna-4-1',
  }));
  put('indicators', 'gammal-indikator', { ...withdrawn, slug: 'gammal-indikator', replacedBy: 'en-indikator' });
  put('assignments', 'gammalt-uppdrag', {
    ...withdrawn, slug: 'gammalt-uppdrag', goals: ['vuxna-3-2'], decidedBy: 'styrgruppen', replacedBy: 'ett-uppdrag',
    funding: { amount: 1, unit: 'mnkr', decidedBy: 'styrgruppen' }, signatories: [{ organisation: 'styrgruppen' }],
  });
  put('contacts', 'gammal-kontakt', { ...withdrawn, organisation: 'styrgruppen', assignments: ['ett-uppdrag'], replacedBy: 'samordnare' });
  put('organisations', 'del-av-styrgruppen', {
    ...withdrawn, partOf: 'styrgruppen', membersFrom: 'styrgruppen', replacedBy: 'styrgruppen',
  });
  put('events', 'gammal-handelse', { ...withdrawn, replacedBy: 'beslut' });
  put('pages', 'gammal-sida', { ...withdrawn, replacedBy: 'om' });
  put('localWork', 'gammalt-lokalt-arbete', { ...withdrawn, goals: ['vuxna-3-2'], organisation: 'styrgruppen', replacedBy: 'lokal-plan' });
  put('glossary', 'gammal-forkortning', { ...withdrawn, abbreviation: 'GF', replacedBy: 'vgr' });
  return { content, raw };
}

/** The raw front matter with the reference at `path` replaced by `id` (one item of a list). */
function withReference(raw: Record<string, unknown>, path: FieldStep[], id: string): Record<string, unknown> {
  const [step, ...rest] = path;
  if (!step) return raw;
  const value = raw[step.key];
  if (value === undefined) {
    throw new Error(`fullPlan() fills no \`${step.key}\`: add a valid value for it, so this test can break it.`);
  }
  const replace = (item: unknown) => (rest.length === 0 ? id : withReference(item as Record<string, unknown>, rest, id));
  return { ...raw, [step.key]: step.list ? [...(value as unknown[]), replace((value as unknown[])[0])] : replace(value) };
}

/** Every problem the plan's rules find (cross-references, lifecycle, glossary: `validatePlan`). */
function referenceIssues(content: ContentSet) {
  const pick = ({ code, file, field, message }: { code: string; file: string; field?: string | undefined; message: string }) => ({
    code, file, field, message,
  });
  return validatePlan(content).map(pick);
}

describe('reference fields read from the schemas', () => {
  it('include the ones the plan is known to have (so the schema walk works)', () => {
    expect(REFERENCE_FIELDS.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'goals.indicators', 'goals.counterpart', 'goals.replacedBy', 'assignments.goals', 'assignments.decidedBy',
        'assignments.funding.decidedBy', 'assignments.signatories.organisation', 'contacts.organisation',
        'contacts.assignments', 'organisations.partOf', 'events.replacedBy', 'glossary.replacedBy',
      ]),
    );
  });

  it('are filled in one extra entry of every collection in the registry', () => {
    expect([...fullPlan().raw.keys()].sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it('a plan with every reference field filled has no reference problem', () => {
    expect(referenceIssues(fullPlan().content)).toEqual([]);
  });
});

describe.each(REFERENCE_FIELDS)('a dangling id in $name', ({ collection, field, path }) => {
  it('is reported as a dangling reference in that file and field', () => {
    const { content, raw } = fullPlan();
    const entries = content[collection] as Entry<unknown>[];
    const broken = entries.at(-1)!;
    entries[entries.length - 1] = makeEntry(collection, broken.id, withReference(raw.get(collection)!, path, 'finns-inte'));
    const dangling = referenceIssues(content).filter((issue) => issue.code === 'dangling-reference');
    expect(dangling).toEqual([
      { code: 'dangling-reference', file: broken.filePath, field, message: expect.stringContaining('`finns-inte`') },
    ]);
  });
});
