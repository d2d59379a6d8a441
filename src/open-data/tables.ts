/**
 * The CSV files: which columns each has, taken from the same export as `/data/plan.json`, so the
 * two can never disagree. Headers are Swedish, for people opening the files in Excel.
 */
import { type Column, LIST_SEPARATOR } from './csv.ts';
import type { GoalItem, IndicatorItem, PlanExport } from './schema.ts';

type IndicatorValue = IndicatorItem['values'][number] & { indicator: IndicatorItem };

const list = (ids: string[]) => ids.join(LIST_SEPARATOR);
const lifecycle = <Row extends { status: string; replacedBy: string | null }>(): Column<Row, PlanExport>[] => [
  { header: 'Status', description: '`gällande` eller `utgått`.', value: (row) => row.status },
  { header: 'Ersätts av', description: 'För en utgången post: id för posten som ersätter den.', value: (row) => row.replacedBy },
];

export const GOAL_COLUMNS: Column<GoalItem, PlanExport>[] = [
  { header: 'Id', description: 'Målets id, samma som i plan.json.', value: (goal) => goal.id },
  { header: 'Kod', description: 'Målets nummer, t.ex. 3:2.', value: (goal) => goal.code },
  { header: 'Mål', description: 'Nummer och målgrupp, t.ex. "Mål 3:2 för vuxna".', value: (goal) => goal.label },
  { header: 'Målgrupp', description: '`vuxna` eller `barn-och-unga`.', value: (goal) => goal.targetGroup },
  {
    header: 'Fokusområde',
    description: 'Fokusområdets nummer, 1–5.',
    value: (goal, data) => data.focusAreas.find((area) => area.id === goal.focusArea)?.number ?? null,
  },
  {
    header: 'Fokusområdets namn',
    description: 'Fokusområdets namn.',
    value: (goal, data) => data.focusAreas.find((area) => area.id === goal.focusArea)?.title ?? null,
  },
  { header: 'Rubrik', description: 'En kort rubrik för målet.', value: (goal) => goal.title },
  { header: 'Måltext', description: 'Målets lydelse (Markdown).', value: (goal) => goal.text },
  { header: 'Indikatorer', description: 'Id:n för indikatorerna, åtskilda med semikolon.', value: (goal) => list(goal.indicators) },
  { header: 'Uppdrag', description: 'Id:n för uppdragshandlingarna, åtskilda med semikolon.', value: (goal) => list(goal.assignments) },
  { header: 'Motsvarande mål', description: 'Id för målet för den andra målgruppen.', value: (goal) => goal.counterpart },
  { header: 'Från år', description: 'Planperiodens första år.', value: (goal) => goal.period.from },
  { header: 'Till år', description: 'Planperiodens sista år enligt beslutet.', value: (goal) => goal.period.to },
  { header: 'Förlängt till år', description: 'Sista året efter en beslutad förlängning.', value: (goal) => goal.period.extendedTo },
  ...lifecycle<GoalItem>(),
  { header: 'Adress', description: 'Målets permanenta adress på webbplatsen.', value: (goal) => goal.url },
];

export const INDICATOR_COLUMNS: Column<IndicatorItem, PlanExport>[] = [
  { header: 'Id', description: 'Indikatorns id, samma som i plan.json.', value: (indicator) => indicator.id },
  { header: 'Namn', description: 'Indikatorns namn.', value: (indicator) => indicator.title },
  { header: 'Beskrivning', description: 'Vad indikatorn visar.', value: (indicator) => indicator.description },
  { header: 'Datakälla', description: 'Var indikatorns data kommer ifrån, om källorna säger det.', value: (i) => i.dataSource },
  { header: 'Mål', description: 'Id:n för målen som indikatorn följer upp, åtskilda med semikolon.', value: (i) => list(i.goals) },
  { header: 'Antal mätvärden', description: 'Hur många värden som finns i indikatorvarden.csv.', value: (i) => i.values.length },
  ...lifecycle<IndicatorItem>(),
  { header: 'Adress', description: 'Indikatorns permanenta adress på webbplatsen.', value: (indicator) => indicator.url },
];

export const INDICATOR_VALUE_COLUMNS: Column<IndicatorValue, PlanExport>[] = [
  { header: 'Indikator', description: 'Indikatorns id.', value: (row) => row.indicator.id },
  { header: 'Indikatorns namn', description: 'Indikatorns namn.', value: (row) => row.indicator.title },
  { header: 'År', description: 'Året som värdet gäller.', value: (row) => row.year },
  { header: 'Område', description: '"Västra Götaland", en delregion eller en kommun.', value: (row) => row.area },
  { header: 'Kön', description: '`alla`, `kvinnor` eller `män`.', value: (row) => row.sex },
  { header: 'Värde', description: 'Värdet, med punkt som decimaltecken.', value: (row) => row.value },
  { header: 'Enhet', description: 'Värdets enhet.', value: (row) => row.indicator.unit },
];

/** One indicator's values as rows, oldest first. */
export const valueRowsOf = (indicator: IndicatorItem): IndicatorValue[] => indicator.values.map((value) => ({ ...value, indicator }));

/** One row per measured value, oldest first within each indicator, made as they are read. */
export function* indicatorValueRows(data: PlanExport): Generator<IndicatorValue> {
  for (const indicator of data.indicators) yield* valueRowsOf(indicator);
}

/** How many rows `indicatorValueRows` gives. */
export const indicatorValueCount = (data: PlanExport): number => data.indicators.reduce((count, indicator) => count + indicator.values.length, 0);
