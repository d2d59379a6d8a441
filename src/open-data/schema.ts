/**
 * The shape of `/data/plan.json`, the plan as open data. The descriptions are public
 * documentation, in Swedish: they become `/data/plan.schema.json` (JSON Schema) and the field
 * tables on `/oppna-data/`, so the documentation cannot drift from the file.
 *
 * Versioning (semver): add a field → minor; remove, rename or change the meaning of one → major.
 */
import { z } from 'astro/zod';
import { STATUSES, SLUG_PATTERN } from '../schemas/shared.ts';
import { TARGET_GROUPS } from '../schemas/goal.ts';
import { ORGANISATION_KINDS } from '../schemas/organisation.ts';

// 2.0.0: indicator values come from CSV files, with area and sex; unit and source moved to the indicator.
export const PLAN_SCHEMA_VERSION = '2.0.0';

/** A reference to another item, by its id. */
const ref = (what: string) => z.string().regex(SLUG_PATTERN).describe(`Id för ${what}.`);
const refs = (what: string) => z.array(z.string().regex(SLUG_PATTERN)).describe(`Id:n för ${what}.`);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().describe('Postens brödtext i Markdown, som den står på webbplatsen.');

const SourceSchema = z
  .object({
    title: z.string().describe('Källans namn.'),
    url: z.url().nullable().describe('Källans webbadress, om den har en, annars null.'),
    publisher: z.string().nullable().describe('Vem som gav ut källan, annars null.'),
    date: isoDate.nullable().describe('Källans datum, ÅÅÅÅ-MM-DD, annars null.'),
  })
  .strict();

/** First in every item: who it is and where it lives. */
const ownId = z
  .string()
  .regex(SLUG_PATTERN)
  .describe('Postens id: filnamnet i webbplatsens innehåll, t.ex. `vuxna-3-2`. Hänvisningar i filen använder id.');
const permanentUrl = z.url().describe('Postens permanenta adress på webbplatsen. Adressen ändras inte.');
const anchoredUrl = (page: string) =>
  z.url().nullable().describe(`Adress till posten på sidan ${page}. Null om posten har utgått och inte visas där.`);

/** Last in every item: whether it is current, and where its facts come from. */
const lifecycle = () => ({
  status: z.enum(STATUSES).describe('`gällande`, eller `utgått` om posten inte längre ingår i planen.'),
  replacedBy: ref('posten')
    .nullable()
    .describe('För en utgången post: id för posten i samma lista som ersätter den, annars null.'),
  sources: z.array(SourceSchema).describe('Källorna som uppgifterna bygger på.'),
});

export const FocusAreaItemSchema = z
  .object({
    id: ownId,
    url: permanentUrl,
    number: z.int().min(1).max(5).describe('Fokusområdets nummer i planen, 1–5.'),
    title: z.string().describe('Fokusområdets namn.'),
    summary: z.string().describe('En kort sammanfattning.'),
    color: z.string().regex(/^#[0-9a-f]{6}$/i).describe('Färgen som webbplatsen använder för området, #rrggbb.'),
    text,
    goals: refs('målen i fokusområdet'),
    ...lifecycle(),
  })
  .strict();

export const GoalItemSchema = z
  .object({
    id: ownId,
    url: permanentUrl,
    code: z.string().regex(/^\d:\d+$/).describe('Målets nummer som planen skriver det, t.ex. `3:2` (fokusområde:nummer).'),
    label: z.string().describe('Målets namn med nummer och målgrupp, t.ex. "Mål 3:2 för vuxna".'),
    targetGroup: z.enum(TARGET_GROUPS).describe('Målgruppen: `vuxna` eller `barn-och-unga`.'),
    focusArea: ref('fokusområdet').describe('Id för fokusområdet som målet hör till.'),
    title: z.string().describe('En kort rubrik för målet.'),
    text: z.string().describe('Målets lydelse i Markdown.'),
    period: z
      .object({
        from: z.int().describe('Första året.'),
        to: z.int().describe('Sista året enligt beslutet.'),
        extendedTo: z.int().nullable().describe('Sista året efter en beslutad förlängning, annars null.'),
      })
      .strict()
      .describe('Planperioden som målet gäller för.'),
    indicators: refs('indikatorerna som följer upp målet'),
    counterpart: ref('målet').nullable().describe('Id för motsvarande mål för den andra målgruppen, annars null.'),
    assignments: refs('uppdragshandlingarna som arbetar mot målet'),
    ...lifecycle(),
  })
  .strict();

export const IndicatorItemSchema = z
  .object({
    id: ownId,
    url: permanentUrl,
    title: z.string().describe('Indikatorns namn.'),
    description: z.string().describe('Vad indikatorn visar, i en mening.'),
    text,
    dataSource: z.string().nullable().describe('Var indikatorns data kommer ifrån, om källorna säger det.'),
    unit: z.string().nullable().describe('Enheten för indikatorns värden, t.ex. "procent".'),
    baselineYear: z.int().nullable().describe('Jämförelseåret som utvecklingen mäts mot, om det är angivet.'),
    betterDirection: z.enum(['högre', 'lägre']).nullable().describe('Om ett högre eller lägre värde är bättre, om det är angivet.'),
    target: z
      .object({ value: z.number().describe('Målvärdet.'), year: z.int().nullable().describe('Året målvärdet ska nås, om det är angivet.') })
      .strict()
      .nullable()
      .describe('Värdet som ska nås, om ett mål är satt.'),
    values: z
      .array(
        z
          .object({
            year: z.int().describe('Året som värdet gäller.'),
            value: z.number().describe('Värdet.'),
            area: z.string().describe('Området: "Västra Götaland", en delregion eller en kommun.'),
            sex: z.enum(['alla', 'kvinnor', 'män']).describe('`alla`, `kvinnor` eller `män`.'),
          })
          .strict(),
      )
      .describe('Mätvärden från indikatorns CSV-fil, äldst först. Tom lista när ingen källa anger några.'),
    goals: refs('målen som indikatorn följer upp'),
    ...lifecycle(),
  })
  .strict();

export const AssignmentItemSchema = z
  .object({
    id: ownId,
    url: permanentUrl,
    title: z.string().describe('Uppdragshandlingens titel.'),
    date: isoDate.describe('Datumet som handlingen bär, ÅÅÅÅ-MM-DD.'),
    summary: z.string().describe('Vad uppdraget gäller, i en mening.'),
    text,
    decidedBy: ref('organisationen').describe('Id för organisationen som beslutade om uppdraget.'),
    goals: refs('målen som uppdraget arbetar mot'),
    funding: z
      .object({
        amount: z.number().describe('Beloppet.'),
        unit: z.enum(['kr', 'tkr', 'mnkr']).describe('Enheten: `kr`, `tkr` eller `mnkr`.'),
        decidedBy: ref('organisationen').describe('Id för organisationen som fördelade pengarna.'),
      })
      .strict()
      .nullable()
      .describe('Pengar som avsatts för arbetet, om handlingen anger det, annars null.'),
    timetable: z
      .array(z.object({ when: z.string().describe('När.'), what: z.string().describe('Vad.') }).strict())
      .describe('Tidplanen, i ordning.'),
    signatories: refs('organisationerna som undertecknade handlingen'),
    signedDate: isoDate.nullable().describe('Datum för underskriften, om det skiljer sig från `date`, annars null.'),
    contactRoles: refs('kontaktrollerna som är knutna till uppdraget'),
    ...lifecycle(),
  })
  .strict();

export const ContactRoleItemSchema = z
  .object({
    id: ownId,
    url: anchoredUrl('Kontakt'),
    role: z.string().describe('Rollens titel, t.ex. "Processledare".'),
    organisation: ref('organisationen').describe('Id för organisationen som rollen hör till.'),
    about: z.string().describe('Vad man kan kontakta rollen om.'),
    focusAreas: refs('fokusområdena som rollen svarar på frågor om'),
    assignments: refs('uppdragshandlingarna som rollen är knuten till'),
    ...lifecycle(),
  })
  .strict()
  .describe('En kontaktroll. Namn och kontaktuppgifter till personer ingår inte; de finns på sidan Kontakt.');

export const OrganisationItemSchema = z
  .object({
    id: ownId,
    url: anchoredUrl('Organisation'),
    name: z.string().describe('Organisationens fullständiga namn.'),
    abbreviation: z.string().nullable().describe('Förkortning, om en används, annars null.'),
    kind: z.enum(ORGANISATION_KINDS).describe('Typ av organisation.'),
    municipalities: z.array(z.string()).describe('Kommunerna som ingår, för kommunalförbund och vårdsamverkansområden.'),
    partOf: ref('organisationen').nullable().describe('Id för organisationen som den här hör till, annars null.'),
    website: z.url().nullable().describe('Organisationens webbplats, om källorna anger den.'),
    text,
    ...lifecycle(),
  })
  .strict();

export const TimelineItemSchema = z
  .object({
    id: ownId,
    url: anchoredUrl('Om handlingsplanen'),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .describe('När det hände, så exakt som källan anger: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.'),
    dateLabel: z.string().describe('Datumet i text, t.ex. "14 september 2016".'),
    title: z.string().describe('Vad som hände, i en mening.'),
    text,
    ...lifecycle(),
  })
  .strict();

export const PlanExportSchema = z
  .object({
    $schema: z.url().describe('Adress till JSON Schema för filen.'),
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION).describe('Formatets version (semver). Ny huvudversion betyder att något fält har tagits bort eller ändrat betydelse.'),
    name: z.string().describe('Planens namn.'),
    url: z.url().describe('Webbplatsens adress.'),
    documentation: z.url().describe('Sidan som beskriver formatet.'),
    language: z.literal('sv').describe('Språket i texterna.'),
    goalTotals: z
      .object({
        vuxna: z.int().describe('Antal mål för vuxna.'),
        'barn-och-unga': z.int().describe('Antal mål för barn och unga.'),
      })
      .strict()
      .describe('Hur många mål planen har enligt källorna. Alla mål är inte publicerade på webbplatsen ännu.'),
    focusAreas: z.array(FocusAreaItemSchema).describe('Fokusområdena.'),
    goals: z.array(GoalItemSchema).describe('Målen, i planens ordning.'),
    indicators: z.array(IndicatorItemSchema).describe('Indikatorerna som följer upp målen.'),
    assignments: z.array(AssignmentItemSchema).describe('Uppdragshandlingarna.'),
    contactRoles: z.array(ContactRoleItemSchema).describe('Kontaktrollerna, utan personuppgifter.'),
    organisations: z.array(OrganisationItemSchema).describe('Organisationerna och samverkansformerna som planen nämner.'),
    timeline: z.array(TimelineItemSchema).describe('Planens historia, äldst först.'),
  })
  .strict();

export type PlanExport = z.output<typeof PlanExportSchema>;
export type GoalItem = z.output<typeof GoalItemSchema>;
export type IndicatorItem = z.output<typeof IndicatorItemSchema>;
