/** Every visitor-facing UI string, in Swedish, in one place so wording stays consistent. */
import type { TargetGroup } from '../schemas/goal.ts';
import type { ContentType } from '../lib/search.ts';

export const targetGroupName: Record<TargetGroup, string> = {
  vuxna: 'Vuxna',
  'barn-och-unga': 'Barn och unga',
};

/** "för vuxna" / "för barn och unga", for running text. */
export const targetGroupFor: Record<TargetGroup, string> = {
  vuxna: 'för vuxna',
  'barn-och-unga': 'för barn och unga',
};

export const ui = {
  skipToContent: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  breadcrumbs: 'Du är här',
  home: 'Start',
  focusAreas: 'Fokusområden',
  goals: 'Mål',
  allGoals: 'Alla mål',
  indicators: 'Indikatorer',
  assignments: 'Uppdrag',
  assignmentDocuments: 'Uppdragshandlingar',
  contact: 'Kontakt',
  about: 'Om planen',
  organisations: 'Organisation',
  sources: 'Källor',
  search: 'Sök',
  searchLabel: 'Sök i handlingsplanen',
  focusArea: 'Fokusområde',
  goal: 'Mål',
  indicator: 'Indikator',
  assignment: 'Uppdragshandling',
  counterpart: 'Motsvarande mål',
  indicatorsOfGoal: 'Indikatorer för målet',
  goalsOfIndicator: 'Mål som följs upp med indikatorn',
  assignmentsOfGoal: 'Uppdrag som arbetar mot målet',
  goalsOfAssignment: 'Mål som uppdraget arbetar mot',
  whomToContact: 'Vem kan jag fråga?',
  permanentLink: 'Permanent länk till målet',
  planPeriod: 'Planperiod',
  noIndicators: 'Inga indikatorer är publicerade för målet ännu.',
  noAssignments: 'Inga uppdragshandlingar som gäller målet är publicerade ännu.',
  noValues: 'Här finns inga siffror för indikatorn.',
  downloadValues: 'Ladda ner värdena',
  measuredValues: 'Mätvärden',
  dataSource: 'Datakälla',
  timetable: 'Tidplan',
  funding: 'Finansiering',
  decidedBy: 'Beslutad av',
  signedBy: 'Undertecknad av',
  date: 'Datum',
  timeline: 'Tidslinje',
  withdrawn: 'Utgått',
  withdrawnBanner: 'Det här ingår inte längre i den gällande handlingsplanen.',
  replacedBy: 'Ersätts av',
  movedTitle: 'Sidan har flyttats',
  movedText: 'Det du söker finns nu på en ny adress:',
  movedUpdateLink: 'Uppdatera gärna länken eller bokmärket du kom från.',
  suggestChange: 'Föreslå en ändring',
  lastUpdated: 'Senast uppdaterad',
  glossary: 'Ordlista',
  notFoundTitle: 'Sidan finns inte',
  holderAsOf: 'Uppgift från',
  contactAbout: 'Kontakta om',
  municipalities: 'Kommuner',
  partOf: 'Del av',
  lastChanged: 'Uppgifterna på sidan ändrades senast',
  wholePlan: 'Hela planen på en sida',
  accessibility: 'Tillgänglighet',
  overview: 'Översikt',
  openData: 'Öppna data',
  openDataSummary: 'Planens fokusområden, mål, indikatorer och uppdrag som JSON och CSV.',
  linkToGoal: 'Länka till detta mål',
  copyLink: 'Kopiera länken',
  linkCopied: 'Länken är kopierad.',
  copyFailed: 'Det gick inte att kopiera automatiskt. Adressen är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).',
} as const;

/** Swedish month names, January first. */
export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];

/** "4 maj 2018": dates are shown the Swedish way, independent of the build machine's locale. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2018-05-04", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1 mål", "2 mål"; "1 indikator", "3 indikatorer". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a search result is, shown above its title and in the type filter. */
export const contentTypeName: Record<ContentType, string> = {
  fokusområde: 'Fokusområde',
  mål: 'Mål',
  indikator: 'Indikator',
  uppdragshandling: 'Uppdragshandling',
  delregion: 'Delregion',
  kontakt: 'Kontakt',
  sida: 'Sida',
};

/** The search page and the search field in the header. */
export const searchUi = {
  title: 'Sök i handlingsplanen',
  description: 'Sök bland handlingsplanens fokusområden, mål, indikatorer, uppdragshandlingar och kontakter.',
  intro: 'Sök bland fokusområden, mål, indikatorer, uppdragshandlingar och kontakter. Du kan också söka på ett målnummer, till exempel 3:2.',
  fieldLabel: 'Sökord',
  submit: 'Sök',
  filters: 'Avgränsa sökningen',
  type: 'Typ av sida',
  allTypes: 'Alla typer',
  focusArea: 'Fokusområde',
  allFocusAreas: 'Alla fokusområden',
  targetGroup: 'Målgrupp',
  allTargetGroups: 'Alla målgrupper',
  results: 'Sökresultat',
  showMore: 'Visa fler träffar',
  searching: 'Söker …',
  emptyQuery: 'Skriv ett eller flera ord i sökfältet.',
  noHitsHelp: 'Pröva ett annat eller kortare ord, kontrollera stavningen eller ta bort avgränsningarna.',
  needsJavaScript: 'Sökningen behöver JavaScript. Slå på JavaScript i webbläsaren och ladda om sidan, eller hitta rätt via listorna:',
  loadFailed: 'Sökningen kunde inte laddas just nu. Ladda om sidan om en stund, eller hitta rätt via listorna:',
  devNoIndex: 'Utvecklingsläge: det finns inget sökindex ännu. Kör npm run build en gång; sedan använder npm run dev sökindexet från det senaste bygget.',
  browse: 'Bläddra i stället',
} as const;

/** "3 träffar för ”brukare”", "1 träff …", "Inga träffar för ”brukare”". */
export function resultCount(n: number, query: string, filtered: boolean): string {
  const within = filtered ? ' med de valda avgränsningarna' : '';
  if (n === 0) return `Inga träffar för ”${query}”${within}.`;
  return `${count(n, 'träff', 'träffar')} för ”${query}”${within}.`;
}

/** "Visar 10 av 23 träffar." when not all results are listed yet. */
export const showingOf = (shown: number, total: number) => `Visar ${shown} av ${total} träffar.`;

/** The county pages: Hitta din kommun and the sub-regions (issue 14). */
export const countyUi = {
  findMunicipality: 'Hitta din kommun',
  municipality: 'Kommun',
  subRegion: 'Delregion',
  subRegions: 'Delregioner',
  kommunalforbund: 'Kommunalförbund',
  notKnown: 'Inte känt',
  municipalitiesOfSubRegion: 'Kommunerna',
  valuesOfSubRegion: 'Mätvärden för delregionen',
  noValuesOfSubRegion: 'Här finns inga siffror för delregionen eller dess kommuner.',
  contactsOfSubRegion: 'Kontakt',
};
