/**
 * Every reference in the plan export, as data: which field of which list names items of which
 * other list. The build refuses to publish an export with a reference that leads nowhere or a
 * two-way link that only one side knows of; the tests walk the same table.
 */
import type { PlanExport } from './schema.ts';

export type ItemList = 'focusAreas' | 'goals' | 'indicators' | 'assignments' | 'contactRoles' | 'organisations' | 'timeline';
type Item = { id: string } & Record<string, unknown>;

export interface Reference {
  from: ItemList;
  field: string;
  to: ItemList;
  /** The ids an item names in this field. */
  targets: (item: Item) => string[];
}

const one = (field: string) => (item: Item) => (typeof item[field] === 'string' ? [item[field]] : []);
const many = (field: string) => (item: Item) => item[field] as string[];
const ref = (from: ItemList, field: string, to: ItemList, targets = many(field)): Reference => ({ from, field, to, targets });
const sameList = (list: ItemList) => ref(list, 'replacedBy', list, one('replacedBy'));

export const REFERENCES: Reference[] = [
  ref('focusAreas', 'goals', 'goals'),
  ref('goals', 'focusArea', 'focusAreas', one('focusArea')),
  ref('goals', 'indicators', 'indicators'),
  ref('goals', 'counterpart', 'goals', one('counterpart')),
  ref('goals', 'assignments', 'assignments'),
  ref('indicators', 'goals', 'goals'),
  ref('assignments', 'goals', 'goals'),
  ref('assignments', 'decidedBy', 'organisations', one('decidedBy')),
  ref('assignments', 'funding.decidedBy', 'organisations', (item) => {
    const funding = item['funding'] as { decidedBy: string } | null;
    return funding ? [funding.decidedBy] : [];
  }),
  ref('assignments', 'signatories', 'organisations'),
  ref('assignments', 'contactRoles', 'contactRoles'),
  ref('contactRoles', 'organisation', 'organisations', one('organisation')),
  ref('contactRoles', 'focusAreas', 'focusAreas'),
  ref('contactRoles', 'assignments', 'assignments'),
  ref('organisations', 'partOf', 'organisations', one('partOf')),
  ...(['focusAreas', 'goals', 'indicators', 'assignments', 'contactRoles', 'organisations', 'timeline'] as const).map(sameList),
];

/** Links stored on both sides: each must list exactly the items that list it back. */
export const TWO_WAY: [Reference, Reference][] = [
  ['goals.focusArea', 'focusAreas.goals'],
  ['goals.indicators', 'indicators.goals'],
  ['goals.assignments', 'assignments.goals'],
  ['assignments.contactRoles', 'contactRoles.assignments'],
].map(([a, b]) => [find(a!), find(b!)]);

function find(name: string): Reference {
  const found = REFERENCES.find((r) => `${r.from}.${r.field}` === name);
  if (!found) throw new Error(`No reference ${name}.`);
  return found;
}

const itemsOf = (data: PlanExport, list: ItemList) => data[list] as unknown as Item[];

/** Every broken reference, duplicate id and one-sided link in the export; empty when it holds together. */
export function findBrokenReferences(data: PlanExport): string[] {
  const problems: string[] = [];
  const idsOf = new Map<ItemList, Set<string>>();
  for (const list of new Set(REFERENCES.map((r) => r.to))) {
    const ids = itemsOf(data, list).map((item) => item.id);
    idsOf.set(list, new Set(ids));
    for (const id of ids.filter((id, index) => ids.indexOf(id) !== index)) problems.push(`${list}: id ${id} occurs twice`);
  }
  for (const reference of REFERENCES) {
    for (const item of itemsOf(data, reference.from)) {
      for (const target of reference.targets(item)) {
        if (!idsOf.get(reference.to)?.has(target)) {
          problems.push(`${reference.from} ${item.id}: ${reference.field} names ${target}, which is not in ${reference.to}`);
        }
      }
    }
  }
  const edges = (reference: Reference, flip: boolean) =>
    new Set(
      itemsOf(data, reference.from).flatMap((item) =>
        reference.targets(item).map((target) => (flip ? `${target} ${item.id}` : `${item.id} ${target}`)),
      ),
    );
  for (const [a, b] of TWO_WAY) {
    const there = edges(a, false);
    const back = edges(b, true);
    for (const edge of there) if (!back.has(edge)) problems.push(`${a.from}.${a.field} ${edge} is missing from ${b.from}.${b.field}`);
    for (const edge of back) if (!there.has(edge)) problems.push(`${b.from}.${b.field} ${edge} is missing from ${a.from}.${a.field}`);
  }
  return problems;
}
