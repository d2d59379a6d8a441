/**
 * A new entry's file (`npm run ny`), built from its collection's schema: each kind of field gets
 * its placeholder, choices are listed beside the field, and every scaffold passes its schema as
 * a draft. The command line itself is tested in tests/check/new-entry.test.ts, in a subprocess,
 * which mutation testing cannot see; these call `scaffold` directly.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/check/read-content.ts';
import { PLACEHOLDER, PLACEHOLDER_ID, scaffold } from '../../src/check/scaffold.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/collections.ts';

const TODAY = '2025-01-31';
const HEADER = [
  '---',
  '# Skapad med npm run ny. Fälten förklaras i CONTRIBUTING.md.',
  '# Byt ut allt som börjar med "FYLL I" och ta bort raden draft: true när posten ska publiceras.',
  '',
];
const file = (...lines: string[]) => `${[...HEADER, ...lines].join('\n')}\n`;

describe('the scaffold of a new entry', () => {
  it('marks what the editor must write', () => {
    expect([PLACEHOLDER, PLACEHOLDER_ID]).toEqual(['FYLL I', 'fyll-i']);
  });

  it('keeps the values given, fills the rest of the required fields, and says what the text should hold', () => {
    expect(scaffold('goals', { given: { targetGroup: 'vuxna', focusArea: 2, number: 3 }, today: TODAY })).toBe(
      file(
        'focusArea: 2', 'number: 3', 'targetGroup: vuxna', 'title: "FYLL I: title"', 'period:', '  from: 2000', '  to: 2000',
        'sources:', '  - title: "FYLL I: title"', 'draft: true', '---', '', 'FYLL I: målets text.',
      ),
    );
  });

  it('gives a number its lower limit, a colour a colour, an id the id placeholder, and a list its one required item', () => {
    expect(scaffold('focusAreas', { given: {}, today: TODAY })).toBe(
      file(
        'number: 1', 'title: "FYLL I: title"', 'slug: fyll-i', 'summary: "FYLL I: summary"', 'color: "#000000"',
        'sources:', '  - title: "FYLL I: title"', 'draft: true', '---', '', 'FYLL I: en beskrivning av fokusområdet.',
      ),
    );
    expect(scaffold('assignments', { given: {}, today: TODAY })).toBe(
      file(
        'title: "FYLL I: title"', 'slug: fyll-i', 'date: 2025-01-31', 'summary: "FYLL I: summary"', 'decidedBy: fyll-i', 'goals:', '  - fyll-i',
        'sources:', '  - title: "FYLL I: title"', 'draft: true', '---', '', 'FYLL I: uppdragets avsnitt, t.ex. Bakgrund, Syfte, Aktivitet och Organisation.',
      ),
    );
  });

  it('lists the choices of a choice field it filled, and leaves out optional fields and lists that may be empty', () => {
    expect(scaffold('organisations', { given: {}, today: TODAY })).toBe(
      file(
        'name: "FYLL I: name"', 'kind: part # ett av: part, nationell, ledning, kommunalförbund, delregional-vårdsamverkan',
        'sources:', '  - title: "FYLL I: title"', 'draft: true', '---', '', 'FYLL I: organisationens roll i planen.',
      ),
    );
    expect(scaffold('organisations', { given: { kind: 'ledning' }, today: TODAY })).toContain('\nkind: ledning\n');
  });

  it('adds a field that only a rule across fields asks for, and no text where the page needs none', () => {
    expect(scaffold('glossary', { given: {}, today: TODAY })).toBe(
      file('abbreviation: fyll-i', 'sources:', '  - title: "FYLL I: title"', 'expansion: "FYLL I: expansion"', 'draft: true', '---'),
    );
    expect(scaffold('events', { given: {}, today: TODAY })).toBe(
      file('date: 2025-01-31', 'title: "FYLL I: title"', 'sources:', '  - title: "FYLL I: title"', 'draft: true', '---'),
    );
  });

  it.each(COLLECTION_NAMES)('passes the %s schema as a draft', (collection) => {
    const parsed = parseFrontMatter('ny.md', scaffold(collection, { given: {}, today: TODAY }));
    if (Array.isArray(parsed)) throw new Error(parsed[0]?.message);
    const result = COLLECTIONS[collection].schema.safeParse(parsed.raw);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({ draft: true });
    expect(parsed.body.trim() === '').toBe(!COLLECTIONS[collection].bodyRequired);
  });
});
