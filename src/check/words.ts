/**
 * What each collection's text says, for editors' messages. The nouns that name an entry ("ett
 * mål", "en indikator") are the registry's: `anEntryOf` in src/schemas/collections.ts.
 */
import type { CollectionName } from '../schemas/collections.ts';

/** What the body of an entry holds, for "the body is empty" messages. */
export const BODY_HOLDS: Record<CollectionName, string> = {
  focusAreas: 'en beskrivning av fokusområdet',
  goals: 'målets text',
  indicators: 'en beskrivning av vad indikatorn mäter',
  assignments: 'uppdragets avsnitt, t.ex. Bakgrund, Syfte, Aktivitet och Organisation',
  contacts: 'mer om rollen',
  organisations: 'organisationens roll i planen',
  events: 'en mening eller två om händelsen',
  pages: 'sidans text',
  glossary: 'inget: förklaringen skrivs i fältet `explanation`',
  localWork: 'några meningar om vad planen eller aktiviteten är',
};
