/** Swedish words for the collections, for editors' messages ("i ett mål", "en indikator"). */
import type { CollectionName } from '../schemas/collections.ts';

/** An entry of the collection, with its indefinite article. */
export const AN_ENTRY: Record<CollectionName, string> = {
  focusAreas: 'ett fokusområde',
  goals: 'ett mål',
  indicators: 'en indikator',
  assignments: 'en uppdragshandling',
  contacts: 'en kontaktroll',
  organisations: 'en organisation',
  events: 'en händelse i tidslinjen',
  pages: 'en sida',
  glossary: 'en förkortning i ordlistan',
  localWork: 'en lokal plan eller aktivitet',
};

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
