/** Fixture entries that go through the real schemas, so a fixture can never drift from them. */
import type { z } from 'astro/zod';
import type { ContentSet, Entry } from '../../src/plan/entries.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';

const SOURCES = [{ title: 'Testkälla' }];

const DEFAULTS: { [K in CollectionName]: Record<string, unknown> } = {
  focusAreas: { number: 3, title: 'Enskildas delaktighet', slug: 'delaktighet', summary: 'Sammanfattning.', color: '#1d5a7a', sources: SOURCES },
  goals: { focusArea: 3, number: 2, targetGroup: 'vuxna', title: 'Ett mål', period: { from: 2018, to: 2020 }, sources: SOURCES },
  indicators: { title: 'En indikator', slug: 'en-indikator', description: 'Beskrivning.', sources: SOURCES },
  assignments: { title: 'Ett uppdrag', slug: 'ett-uppdrag', date: '2018-05-04', summary: 'Om uppdraget.', decidedBy: 'styrgruppen', goals: ['vuxna-3-2'], sources: SOURCES },
  contacts: { role: 'Samordnare', organisation: 'styrgruppen', about: 'Frågor om planen.', sources: SOURCES },
  organisations: { name: 'Styrgruppen', kind: 'ledning', sources: SOURCES },
  events: { date: '2017-10-02', title: 'Något hände.', sources: SOURCES },
  pages: { title: 'Om', description: 'Om planen.', sources: SOURCES },
  glossary: { abbreviation: 'VGR', expansion: 'Västra Götalandsregionen', sources: SOURCES },
  localWork: { title: 'En lokal plan', kind: 'plan', area: 'Västra Götaland', sources: SOURCES },
};

type DataOf<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/** A valid raw front matter object for a collection, with overrides applied. */
export const rawEntry = (collection: CollectionName, overrides: Record<string, unknown> = {}) => ({
  ...DEFAULTS[collection],
  ...overrides,
});

/** Parses a fixture through the collection's schema; throws if the fixture itself is invalid. */
export function makeEntry<C extends CollectionName>(
  collection: C,
  id: string,
  overrides: Record<string, unknown> = {},
): Entry<DataOf<C>> {
  const data = COLLECTIONS[collection].schema.parse(rawEntry(collection, overrides)) as DataOf<C>;
  return { id, filePath: `content/${COLLECTIONS[collection].folder}/${id}.md`, data };
}

/** A small, valid plan: one area, two counterpart goals sharing an indicator, one assignment. */
export function makePlan(): ContentSet {
  return {
    focusAreas: [makeEntry('focusAreas', 'delaktighet')],
    goals: [
      makeEntry('goals', 'vuxna-3-2', { indicators: ['en-indikator'], counterpart: 'barn-och-unga-3-2' }),
      makeEntry('goals', 'barn-och-unga-3-2', {
        targetGroup: 'barn-och-unga', indicators: ['en-indikator'], counterpart: 'vuxna-3-2',
      }),
    ],
    indicators: [makeEntry('indicators', 'en-indikator')],
    assignments: [makeEntry('assignments', 'ett-uppdrag', { goals: ['vuxna-3-2', 'barn-och-unga-3-2'] })],
    contacts: [makeEntry('contacts', 'samordnare', { assignments: ['ett-uppdrag'] })],
    organisations: [makeEntry('organisations', 'styrgruppen')],
    events: [makeEntry('events', 'beslut')],
    pages: [makeEntry('pages', 'om')],
    glossary: [makeEntry('glossary', 'vgr')],
    localWork: [makeEntry('localWork', 'lokal-plan', { goals: ['vuxna-3-2'] })],
  };
}
