import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/collections.ts';
import { rawEntry } from '../helpers/fixtures.ts';

/** The field paths a failed parse complains about, e.g. `['targetGroup']`. */
function failingFields(collection: (typeof COLLECTION_NAMES)[number], overrides: Record<string, unknown>) {
  const result = COLLECTIONS[collection].schema.safeParse(rawEntry(collection, overrides));
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('every collection schema', () => {
  it.each(COLLECTION_NAMES)('accepts a valid %s entry', (collection) => {
    expect(COLLECTIONS[collection].schema.safeParse(rawEntry(collection)).success).toBe(true);
  });

  it.each(COLLECTION_NAMES)('rejects an unknown field in %s, naming it', (collection) => {
    const result = COLLECTIONS[collection].schema.safeParse(rawEntry(collection, { titel: 'stavfel' }));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain('titel');
  });

  it.each(COLLECTION_NAMES)('requires at least one source in %s', (collection) => {
    expect(failingFields(collection, { sources: [] })).toEqual(['sources']);
  });
});

describe('goal schema', () => {
  it('rejects a target group outside the enum', () => {
    expect(failingFields('goals', { targetGroup: 'äldre' })).toEqual(['targetGroup']);
  });

  it('rejects a focus area outside 1–5', () => {
    expect(failingFields('goals', { focusArea: 6 })).toEqual(['focusArea']);
  });

  it('rejects an indicator reference that is not a file id', () => {
    expect(failingFields('goals', { indicators: ['Systematiskt samarbete'] })).toEqual(['indicators.0']);
  });

  it('fills in defaults so templates never branch on missing fields', () => {
    const goal = COLLECTIONS.goals.schema.parse(rawEntry('goals'));
    expect(goal).toMatchObject({ indicators: [], status: 'gällande', redirectFrom: [], draft: false });
  });
});

describe('focus area schema', () => {
  it('rejects a slug with Swedish letters', () => {
    expect(failingFields('focusAreas', { slug: 'delaktighet-och-rättigheter' })).toEqual(['slug']);
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(failingFields('focusAreas', { color: 'grön' })).toEqual(['color']);
  });
});

describe('indicator schema', () => {
  it('takes no values in front matter: they live in the CSV file next to it', () => {
    expect(failingFields('indicators', { values: [{ year: 2018, value: 3 }] })).toEqual(['']);
  });

  it('accepts only `högre` or `lägre` as the better direction', () => {
    expect(failingFields('indicators', { betterDirection: 'upp' })).toEqual(['betterDirection']);
  });
});

describe('assignment schema', () => {
  it('turns the date into a real date', () => {
    const assignment = COLLECTIONS.assignments.schema.parse(rawEntry('assignments'));
    expect(assignment.date.toISOString()).toBe('2018-05-04T00:00:00.000Z');
  });

  it('rejects a malformed date', () => {
    expect(failingFields('assignments', { date: '4 maj 2018' })).toEqual(['date']);
  });

  it('needs at least one goal', () => {
    expect(failingFields('assignments', { goals: [] })).toEqual(['goals']);
  });
});

describe('contact schema', () => {
  it('rejects a malformed e-mail address of the holder', () => {
    const holder = { name: 'N N', email: 'inte-en-adress', asOf: '2016-09-14' };
    expect(failingFields('contacts', { holder })).toEqual(['holder.email']);
  });
});

describe('event schema', () => {
  it.each([
    ['2016', '2016'],
    ['2016-09', 'september 2016'],
    ['2016-09-14', '14 september 2016'],
  ])('reads %s as "%s"', (input, label) => {
    expect(COLLECTIONS.events.schema.parse(rawEntry('events', { date: input })).date.label).toBe(label);
  });

  it('reads a YAML date (parsed as a Date) like its text', () => {
    const event = COLLECTIONS.events.schema.parse(rawEntry('events', { date: new Date('2017-10-02') }));
    expect(event.date).toEqual({ sortKey: '2017-10-02', label: '2 oktober 2017', year: 2017 });
  });

  it('rejects a month that does not exist', () => {
    expect(failingFields('events', { date: '2016-13' })).toEqual(['date']);
  });
});
