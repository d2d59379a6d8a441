/** Every visitor-facing UI string, in Swedish, in one place so wording stays consistent. */
import type { TargetGroup } from '../schemas/goal.ts';

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
  noValues: 'Inga mätvärden är publicerade för indikatorn. Källorna vi bygger på anger inga siffror.',
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
  notFoundTitle: 'Sidan finns inte',
  holderAsOf: 'Uppgift från',
  contactAbout: 'Kontakta om',
  municipalities: 'Kommuner',
  partOf: 'Del av',
  overview: 'Översikt',
  openData: 'Öppna data',
  openDataSummary: 'Planens fokusområden, mål, indikatorer och uppdrag som JSON och CSV.',
  linkToGoal: 'Länka till detta mål',
  copyLink: 'Kopiera länken',
  linkCopied: 'Länken är kopierad.',
  copyFailed: 'Det gick inte att kopiera automatiskt. Adressen är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).',
} as const;

const MONTHS = [
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
