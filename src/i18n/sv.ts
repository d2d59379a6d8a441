/** Every visitor-facing UI string, in Swedish, in one place so wording stays consistent. */
import { MONTHS } from '../schemas/months.ts';
import type { Assignment } from '../schemas/assignment.ts';
import type { TargetGroup } from '../schemas/goal.ts';
import type { LocalWork } from '../schemas/local-work.ts';
import type { Organisation } from '../schemas/organisation.ts';

type LocalWorkKind = LocalWork['kind'];
type OrganisationKind = Organisation['kind'];

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
  feed: 'Följ ändringar i planen med en RSS-läsare',
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

// Issue #11: the words the templates used to write themselves, by the page or component that shows them.

/** Words several pages and components share. */
export const commonUi = {
  source: 'Källa',
  sourcesOf: (n: number) => (n === 1 ? 'Källa' : 'Källor'),
  phone: 'Telefon',
  email: 'E-post',
  area: 'Område',
  value: 'Värde',
  year: 'År',
  csv: '(CSV)',
  seeTimeline: 'Se tidslinjen',
  /** A period with no end yet: "från 2021". */
  fromYear: (year: number | string) => `från ${year}`,
  /** "Mål 3:2" on a goal card: the word before the number. */
  goalCode: (code: string) => `Mål ${code}`,
  /** "Mål för vuxna": a target group's goals. */
  goalsFor: (forGroup: string) => `Mål ${forGroup}`,
  /** "VGR, VästKom och NSPHiG". */
  andList: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`),
} as const;

/** The 404 page. */
export const notFoundUi = {
  description: 'Sidan du sökte finns inte på den här adressen.',
  lead: 'Sidan du sökte finns inte på den här adressen. Den kan ha flyttats, eller så är adressen felstavad.',
  home: 'Till startsidan',
  focusAreas: 'Alla fokusområden',
  goals: 'Alla mål',
  indicators: 'Alla indikatorer',
} as const;

/** A goal's page (`/mal/<målgrupp>/<nummer>/`). */
export const goalPageUi = {
  description: (label: string, title: string) => `${label} i Handlingsplan psykisk hälsa i Västra Götaland: ${title}.`,
  goalText: 'Målet',
  targetGroup: 'Målgrupp',
  extendedTo: (year: number | string) => `, förlängd till och med ${year}`,
  localWork: 'Så arbetar man med målet i länet',
  allContacts: 'Alla kontaktvägar',
  linkHint: 'Adressen ändras inte. Använd den när du länkar till målet från en webbplats, ett intranät, en lokal plan eller ett e-postmeddelande.',
} as const;

/** "3 000 000 kronor, fördelade av Socialstyrelsen": an assignment's funding, before the organisation. */
export const fundingUi = {
  distributedBy: 'fördelade av',
  /** The amount in words a reader says aloud: `2 mnkr` is "2 miljoner kronor". */
  amount: (amount: number, unit: NonNullable<Assignment['funding']>['unit']) =>
    `${amount.toLocaleString('sv-SE')} ${{ kr: 'kronor', tkr: 'tusen kronor', mnkr: 'miljoner kronor' }[unit]}`,
} as const;

/** An assignment's page (`/uppdrag/<slug>/`). */
export const assignmentPageUi = {
  signedOn: 'Undertecknad',
  timetableCaption: 'Tidplan för uppdraget',
  when: 'När',
  what: 'Vad',
} as const;

/** A focus area's page (`/fokusomraden/<slug>/`). */
export const focusAreaPageUi = {
  goals: 'Mål i fokusområdet',
  /** The accessible name of the list of a goal's indicators: "Indikatorer för mål 3:2". */
  indicatorsOfGoal: (code: string) => `Indikatorer för mål ${code}`,
  /** "Planen har 7 mål för vuxna och 8 mål för barn och unga i de fem fokusområdena." */
  goalTotals: (adults: number, children: number) =>
    `Planen har ${adults} mål för vuxna och ${children} mål för barn och unga i de fem fokusområdena.`,
  allGoals: 'Se alla mål',
} as const;

/** A sub-region's page (`/delregioner/<slug>/`). */
export const subRegionPageUi = {
  description: (name: string) => `${name}: kommunerna som ingår och hur de arbetar med handlingsplanen för psykisk hälsa.`,
  /** Before the link to the kommunalförbund whose members stand in for the group's. */
  membersNotKnown: (group: string, n: number) => `Vilka kommuner som ingår i ${group} är inte känt. Listan visar de ${n} kommunerna i`,
  localWork: 'Lokala planer och aktiviteter',
  /** After the indicator's linked title in a table caption. */
  latestValue: ', senaste värdet',
} as const;

/** `/suicidprevention/`. */
export const suicidePreventionUi = {
  zeroVision: 'Nollvisionen är ett av handlingsplanens mål.',
  readAboutGoals: 'Läs om planens mål',
  localWork: 'Arbetet i delregionerna och kommunerna',
  localWorkIntro: 'Här är det arbete mot suicid i länet som vi känner till.',
  /** After the link to "Hitta din kommun". */
  findSubRegion: 'visar vilken delregion din kommun hör till.',
} as const;

/** `/om-webbplatsen/` and `/om/`. */
export const aboutUi = {
  reachParties: 'Så når du parterna',
  readMoreBefore: 'Läs mer om',
  organisationsLink: 'organisationerna bakom planen',
} as const;

/** The list pages: focus areas, indicators, assignments, contacts, glossary, organisations, municipalities. */
export const listPagesUi = {
  focusAreasDescription: 'Handlingsplanens fem fokusområden, med mål för vuxna och för barn och unga.',
  focusAreasLead: 'Handlingsplanen har fem fokusområden. Under varje område finns mål för vuxna och för barn och unga.',
  indicatorsDescription: 'Indikatorerna som används för att följa upp handlingsplanens mål.',
  indicatorsLead:
    'Varje mål följs upp med indikatorer, alltså mått som visar hur arbetet går. En indikator kan följa upp flera mål. Här finns de indikatorer vars namn är känt.',
  followsUp: 'Följer upp',
  assignmentsDescription: 'Uppdragshandlingar som finansierar arbete mot handlingsplanens mål.',
  assignmentsLead: 'En uppdragshandling beskriver ett arbete som får pengar för att nå ett eller flera av planens mål.',
  contactDescription: 'Vem du kan kontakta om handlingsplanen för psykisk hälsa, ordnat efter organisation.',
  contactLead:
    'Här ser du vem du kan fråga om planen, ordnat efter organisation. Kontakta organisationen och fråga efter rollen. Vid vissa roller står ett namn. Det gällde det datum som står där.',
  concerns: 'Gäller',
  glossaryDescription: 'Förkortningar i handlingsplanen och vad de står för.',
  glossaryLead:
    'Här ser du vad förkortningarna i planen står för. På de andra sidorna kan du också hålla muspekaren över en förkortning där den står första gången. Då ser du vad den står för.',
  moreAbout: (name: string) => `Mer om ${name}`,
  organisationsDescription: 'Organisationerna och samverkansformerna bakom handlingsplanen för psykisk hälsa i Västra Götaland.',
  organisationsLead:
    'Planen är framtagen av Västra Götalandsregionen, de 49 kommunerna genom kommunalförbunden och VästKom, och brukarorganisationen NSPHiG. Här beskrivs de organisationer och samverkansformer som nämns i planens källor.',
  groupDescription: (forGroup: string) => `Handlingsplanens mål ${forGroup} i Västra Götaland, ordnade efter fokusområde.`,
} as const;

/** "Hitta din kommun" (`/kommuner/`). */
export const municipalitiesPageUi = {
  description: 'Alla 49 kommuner i Västra Götaland, med delregionen och kommunalförbundet som kommunen hör till.',
  lead: (municipalities: number, subRegions: number) =>
    `Västra Götaland har ${municipalities} kommuner. Länet har ${subRegions} delregioner. Där arbetar kommunerna, primärvården och sjukhusen ihop. Kommunerna hör också till fyra kommunalförbund. De två indelningarna är inte desamma: Lilla Edet är med i Vårdsamverkan Fyrbodal men hör till Göteborgsregionens kommunalförbund.`,
  municipalities: 'Kommunerna',
  tableCaption: 'Kommunerna i Västra Götaland',
  /** Before the link to the group that stands in for a municipality's unknown sub-region. */
  see: 'se',
  /** Once above the table, when some cell is not known. */
  unknownNote:
    'Ett streck (–) i tabellen betyder att vi inte vet vad som gäller för kommunen.',
} as const;

/** "Hela planen på en sida" (`/handlingsplan/`). */
export const wholePlanUi = {
  description:
    'Handlingsplan psykisk hälsa i Västra Götaland samlad på en sida: fokusområden, mål och indikatorer, att skriva ut eller spara som PDF.',
  heading: 'Handlingsplanen på en sida',
  lead: 'Här finns planens fokusområden, mål och indikatorer samlade, för att läsa i ett svep, skriva ut eller spara som PDF. Välj Skriv ut i webbläsaren och sedan Spara som PDF om du vill ha en fil.',
  goalTotals: (adults: number, children: number) => `Planen har ${adults} mål för vuxna och ${children} mål för barn och unga.`,
  knownGoals: 'Det är de mål vars nummer och text är kända.',
  toc: 'Fokusområden på sidan',
  permanentAddress: 'Permanent adress:',
} as const;

/** An indicator's charts and table of values. */
export const chartUi = {
  trendTitle: (county: string, title: string) => `Utvecklingen i ${county}: ${title}`,
  target: (value: string) => `Mål: ${value}`,
  areasTitle: (year: number, title: string) => `Områdena ${year}: ${title}`,
  /** "9 områden 2023. Högst: Borås, 12 %. Lägst: Mölndal, 4 %." */
  areasDescription: (n: number, year: number, highest: string, lowest: string) =>
    `${n} områden ${year}. Högst: ${highest}. Lägst: ${lowest}.`,
  areasCaption: (year: number, unit: string | undefined) => `Senaste året, ${year}, per område, i ${unit ?? ''}.`,
  countyLine: (value: string) => ` Den streckade linjen är värdet för hela länet: ${value}.`,
  tableCaption: (title: string, unit: string | undefined) => `Alla värden för ${title}, i ${unit ?? ''}`,
  noValue: 'inget värde',
} as const;

/** The table of fields on `/oppna-data/`. */
export const dataFieldUi = {
  description: 'Beskrivning',
  type: (type: string) => `Typ: ${type}`,
} as const;

/** What kind of local work a card shows ("Plan · Borås · 2021–2024"). */
export const localWorkKindName: Record<LocalWorkKind, string> = {
  plan: 'Plan',
  projekt: 'Projekt',
  överenskommelse: 'Överenskommelse',
  riktlinje: 'Riktlinje',
  arbetssätt: 'Arbetssätt',
};

/** The accessibility statement (`/tillganglighet/`), in the order of DIGG's model. */
export const accessibilityUi = {
  description: (site: string) => `Hur tillgänglig webbplatsen ${site} är, kända brister, hur du rapporterar problem och hur vi har testat.`,
  heading: (site: string) => `Tillgänglighet för ${site}`,
  lead: 'Webbplatsen visar Handlingsplan psykisk hälsa i Västra Götaland, en gemensam plan för Västra Götalandsregionen, de 49 kommunerna genom VästKom och brukarorganisationen NSPHiG. Vi vill att så många som möjligt ska kunna använda webbplatsen.',
  intro:
    'Den här redogörelsen beskriver hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
  howAccessible: 'Hur tillgänglig är webbplatsen?',
  /** Before the link to "Kända brister". */
  assessment:
    'Vi bedömer att webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs under',
  knownIssues: 'Kända brister',
  noAutomatedFindings:
    'Våra automatiska tester hittar inga brister mot kraven i WCAG 2.1 nivå AA, men automatiska tester prövar bara en del av kraven.',
  automatedFindings: 'Våra automatiska tester hittar brister mot kraven i WCAG 2.1 nivå AA; de står i listan nedan.',
  cannotUse: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
  /** Before the link to the contact page. */
  otherFormat:
    'Om du behöver innehåll från webbplatsen i ett annat format, eller inte kan ta del av något på den, hör av dig till organisationerna bakom planen. Kontaktvägarna finns på',
  contactPage: 'sidan Kontakt',
  report: 'Rapportera brister i webbplatsens tillgänglighet',
  /** `several`: there is more than one way (the contact page and an e-mail address or an issue list). */
  reportText: (several: boolean) =>
    `Vi försöker hela tiden förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, berätta det för oss så att vi får veta att problemet finns. Du kan göra det${several ? ' på något av de här sätten' : ''}:`,
  viaContact: 'genom kontaktvägarna på',
  viaEmail: 'genom att skicka e-post till',
  viaIssues: 'genom att skapa ett ärende i',
  issueList: 'webbplatsens ärendelista',
  issuesOpen: ', där webbplatsen utvecklas öppet.',
  supervision: 'Tillsyn',
  /** Before the link to DIGG's site. */
  supervisionText:
    'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det. Du hittar DIGG på',
  diggLink: 'digg.se',
  technical: 'Teknisk information om webbplatsens tillgänglighet',
  technicalText:
    'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Kraven vi mäter mot är WCAG 2.1 nivå AA, som lagen hänvisar till genom standarden EN 301 549.',
  /** "(axe-regeln `region`, på 3 sidor)": around the rule's code name. */
  axeRule: 'axe-regeln',
  onPages: (n: number) => `, på ${n} ${n === 1 ? 'sida' : 'sidor'}).`,
  htmlErrors: (n: number) => `Koden på webbplatsen har ${n} valideringsfel.`,
  brokenLinks: (n: number) => `Webbplatsen har ${n} trasiga interna länkar.`,
  notReviewed:
    'Webbplatsen har inte granskats manuellt mot alla krav i WCAG 2.1 nivå AA. Automatiska tester kan till exempel inte avgöra om texter är lätta att förstå eller om allt innehåll fungerar väl med alla skärmläsare.',
  outOfScope: 'Innehåll som inte omfattas av lagstiftningen',
  outOfScopeText:
    'Sidorna hänvisar till källor på andra webbplatser och till dokument som andra organisationer har publicerat. Vi ansvarar inte för tillgängligheten i dem.',
  howTested: 'Hur vi testat webbplatsen',
  howTestedText:
    'Vi har själva testat webbplatsen (självskattning). Testerna körs automatiskt när webbplatsen ändras och omfattar varje sida, inte ett urval:',
  axeTest: (axe: string, chromium: string, pages: number, issues: number) =>
    `axe-core ${axe} i webbläsaren Chromium ${chromium}, med reglerna för WCAG 2.0 och 2.1 nivå A och AA, i både ljust och mörkt färgläge: ${pages} sidor, ${issues} brister.`,
  htmlTest: (version: string, errors: number) => `html-validate ${version}, som kontrollerar att koden följer HTML-standarden: ${errors} fel.`,
  linkTest: (broken: number) => `Kontroll av alla länkar, ankare och filer inom webbplatsen: ${broken} trasiga länkar.`,
  keyboardTest:
    'Tangentbordstest: hopplänken kommer först, alla länkar och knappar nås med tabbtangenten i rätt ordning, fokus syns tydligt och fastnar ingenstans.',
  reflowTest:
    'Att sidorna går att läsa i 320 pixlars bredd och med 200 procents textstorlek utan att innehåll försvinner, att rörelser stängs av för den som valt minskade rörelser och att mörkt läge följer webbläsarens inställning.',
  structureTest: 'Att varje sida har en huvudrubrik, rubriker i rätt ordning, landmärken och länktexter som går att förstå.',
  /** Before the date of the recorded results. */
  checkedOn: 'Den senaste sammanställningen av testresultaten gjordes den',
  updatedSameDay: 'Redogörelsen uppdaterades senast samma dag.',
  unknownVersion: 'okänd version',
} as const;

/** `/oppna-data/`: the files, their format and their fields. */
export const openDataUi = {
  description: 'Handlingsplanens innehåll som öppna data i JSON och CSV, och hur filerna är uppbyggda.',
  lead: 'Handlingsplanens innehåll finns som filer som du kan använda i egna planer, system och kalkylblad. Filerna byggs från samma innehåll som webbplatsen och ändras när den ändras.',
  files: 'Filer',
  planFile:
    'Hela planen i JSON: fokusområden, mål, indikatorer, uppdragshandlingar, kontaktroller, organisationer och tidslinje, med hänvisningarna mellan dem.',
  schemaFile: 'Beskrivning av plan.json som JSON Schema, för den som vill kontrollera filen automatiskt.',
  goalsFile: (rows: number) => `Målen i CSV, ett mål per rad (${count(rows, 'rad', 'rader')}).`,
  indicatorsFile: (rows: number) => `Indikatorerna i CSV, en per rad (${count(rows, 'rad', 'rader')}).`,
  valuesFile: (rows: number) => `Indikatorernas mätvärden i CSV, ett värde per rad (${count(rows, 'rad', 'rader')}).`,
  format: 'Format',
  json: 'JSON',
  /** The JSON paragraph, in the pieces around its `code` names. */
  jsonText: {
    encoding: 'är kodad i UTF-8. Varje post har ett',
    and: 'och en',
    references:
      '. Poster hänvisar till varandra med id, i båda riktningarna: ett mål listar sina indikatorer och en indikator listar sina mål. Datum skrivs ÅÅÅÅ-MM-DD. Uppgifter som saknas är',
    emptyLists: ', och tomma listor är',
    markdown: '. Texter är skrivna i Markdown.',
  },
  csv: 'CSV',
  csvText:
    'CSV-filerna är kodade i UTF-8 med byte order mark (BOM), så att å, ä och ö visas rätt i Excel. Kolumnerna skiljs åt med komma, och ett värde som innehåller komma, citattecken eller radbrytning står inom citattecken (enligt RFC 4180). Flera id i samma cell skiljs åt med semikolon. Tal skrivs med punkt som decimaltecken.',
  /** The Excel tip, in the pieces around its menu names. */
  excelText: {
    before: 'Om alla värden hamnar i en enda kolumn när du öppnar filen i Excel: välj fliken',
    dataTab: 'Data',
    then: 'och sedan',
    fromText: 'Från text/CSV',
    choose: ', och välj',
    comma: 'Komma',
    asSeparator: 'som avgränsare.',
  },
  version: 'Version',
  versionText: {
    before: 'Formatet har ett versionsnummer i fältet',
    now: (version: string) =>
      `, just nu ${version}. När ett fält läggs till ökar den andra siffran. När ett fält tas bort, byter namn eller ändrar betydelse ökar den första siffran. Ett program som läser filen kan alltså lita på alla versioner med samma första siffra.`,
  },
  addresses: 'Adresser och id',
  addressesText: {
    field: 'Fältet',
    url: 'är postens permanenta adress på webbplatsen. Adresserna till fokusområden, mål, indikatorer och uppdragshandlingar ändras inte, så länka gärna till dem. Fältet',
    id: 'är filnamnet i webbplatsens innehåll och kan ändras om en fil byter namn. Använd adressen om du behöver en nyckel som håller mellan versioner.',
  },
  personalData: 'Inga personuppgifter',
  /** Before the link to the contact page. */
  personalDataText:
    'Filerna innehåller inga personuppgifter. Kontaktrollerna finns med, men inte namn, e-post eller telefonnummer till den som har rollen, och inte heller namnen på dem som har skrivit under uppdragshandlingarna. De som har rollerna byts ut med tiden. Uppgifterna om dem finns, med datum, på sidan',
  terms: 'Att använda uppgifterna',
  termsText: {
    before: 'Webbplatsen anger ingen licens för filerna. Uppgifterna kommer från offentliga källor, som anges för varje post i fältet',
    after:
      'och under Källor på varje sida. Ange gärna varifrån du har uppgifterna, till exempel med postens adress. Har du frågor om att använda uppgifterna, vänd dig till organisationerna bakom planen på sidan',
  },
  fields: 'Fälten i plan.json',
  field: 'Fält',
  topLevel: 'Fält på översta nivån',
  common: 'Fält som alla poster har',
  listFields: (label: string, key: string) => `${label}: fälten i ${key} utöver de gemensamma`,
  columns: 'Kolumnerna i CSV-filerna',
  column: 'Kolumn',
  /** The lists in plan.json, by key. */
  lists: {
    focusAreas: 'Fokusområden',
    goals: 'Mål',
    indicators: 'Indikatorer',
    assignments: 'Uppdragshandlingar',
    contactRoles: 'Kontaktroller',
    organisations: 'Organisationer',
    timeline: 'Tidslinje',
  },
} as const;

/** The headings of `/organisation/`, one per kind of organisation. */
export const organisationKindHeading: Record<OrganisationKind, string> = {
  part: 'Parterna bakom planen',
  nationell: 'Nationell nivå',
  ledning: 'Ledning och beslut i länet',
  kommunalförbund: 'De fyra kommunalförbunden',
  'delregional-vårdsamverkan': 'Delregional vårdsamverkan',
};
