/** Every visitor-facing UI string, in Swedish, in one place so wording stays consistent. */
import { MONTHS } from '../schemas/months.ts';
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
  noIndicators: 'Indikatorerna för målet är inte kända.',
  noAssignments: 'Det finns inga kända uppdragshandlingar för målet.',
  noValues: 'Det finns inga kända mätvärden för indikatorn.',
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
  // Issue #13a: help now, reporting errors, the site's publisher.
  supportNow: 'Behöver du stöd nu?',
  reportError: 'Rapportera fel',
  foundError: 'Har du hittat ett fel?',
  forEditors: 'För redaktörer:',
  aboutSite: 'Om webbplatsen',
  planToday: 'Planen i dag',
} as const;

// The month names live with the schemas, which import nothing from the dictionary.
export { MONTHS };

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

/**
 * What a search result is, shown above its title and in the type filter. The keys are the kinds
 * of page the search index knows (`CONTENT_TYPES` in src/search/contract.ts), in filter order.
 */
export const contentTypeName = {
  fokusområde: 'Fokusområde',
  mål: 'Mål',
  indikator: 'Indikator',
  uppdragshandling: 'Uppdragshandling',
  delregion: 'Delregion',
  kontakt: 'Kontakt',
  sida: 'Sida',
} as const satisfies Record<string, string>;

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

/** The notice on every page of a preview build (`npm start`), which is not the published site. */
export const previewNotice = {
  title: 'Förhandsversion',
  text: 'Det här är inte den publicerade webbplatsen. Sökmotorer visar den inte.',
};

/** The page for an address removed on purpose (status 410), with the editor's note under the lead. */
export const gonePage = {
  title: 'Sidan är borttagen',
  lead: 'Sidan som fanns på den här adressen är borttagen och kommer inte tillbaka.',
  home: 'Till startsidan',
  goals: 'Alla mål',
};
/** The frame of every page: header, footer and the short breadcrumb. */
export const shellUi = {
  supportNow: 'Behöver du stöd nu?',
  publisher: 'Utgivare',
  partiesSentence: 'Planen är en överenskommelse mellan regionen, de 49 kommunerna genom VästKom och brukarorganisationen NSPHiG.',
  footerNav: 'Mer om planen och webbplatsen',
  back: 'Tillbaka till',
} as const;

/** Target-group pages, the goal's citation, change history and the feed of changes. */
export const citeUi = {
  groupOther: 'Mål för',
  citeGoal: 'Hänvisa till målet',
  citeHint: 'Kopiera texten till en rapport, en lokal plan eller ett beslut.',
  citation: 'Hänvisning till målet',
  copyCitation: 'Kopiera hänvisningen',
  citationCopied: 'Hänvisningen är kopierad.',
  changedOn: 'senast ändrad',
  history: 'Ändringar',
  published: 'Publicerades',
  minorChanges: 'Mindre ändringar, till exempel i språk eller länkar',
  noHistory: 'Historiken syns när sidan har publicerats.',
  feed: 'Följ ändringar i planen (Atom-flöde)',
  feedTitle: 'Ändringar i Handlingsplan psykisk hälsa',
  feedSubtitle: 'Nya och ändrade mål, indikatorer och uppdrag i handlingsplanen.',
  indicatorLabel: (title: string) => `Indikatorn ”${title}”`,
  assignmentLabel: (title: string) => `Uppdragshandlingen ”${title}”`,
  feedPublished: (label: string) => `${label} publicerades`,
  feedChanged: (label: string) => `${label} ändrades`,
} as const;

/** The start page's headings and the short texts around its ways in (issue #13a). */
export const startUi = {
  supportText: 'Mår du dåligt och behöver prata med någon? Det finns hjälp dygnet runt.',
  supportLink: 'Här hittar du nummer att ringa',
  targetGroups: 'Planens mål',
  focusAreasText: 'Målen är ordnade i fem fokusområden, samma som i regeringens arbete med psykisk hälsa.',
} as const;

/** What a list page holds, said once instead of an empty-state line per group (issue #13a). */
export const listUi = {
  /** "Här finns 2 av planens 15 mål." */
  goalsShown: (shown: number, total: number) => `Här finns ${shown} av planens ${total} mål.`,
  /** "1 av 7 mål för vuxna finns här." */
  groupGoalsShown: (shown: number, total: number, forGroup: string) => `${shown} av ${total} mål ${forGroup} finns här.`,
  /** On a focus area's card: "2 mål finns här", nothing when the area has none here. */
  areaGoalsShown: (shown: number) => (shown === 0 ? undefined : `${shown} mål finns här`),
  /** A focus area whose goals are not known. */
  areaGoalsUnknown: 'Numret och texten för målen i det här området är inte kända.',
  /** A focus area with goals here. */
  areaGoalsPartly: 'Här finns de mål i området vars nummer och text är kända.',
} as const;

/** Contact cards: the role and its organisation first, a person only with a date (issue #13a). */
export const contactUi = {
  reach: 'Nå rollen genom organisationen:',
  askForRole: '. Fråga efter rollen.',
  holderBefore: 'Enligt en uppgift från',
  holderAfter: (name: string) => `hade ${name} rollen. Det kan ha ändrats sedan dess.`,
} as const;

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
