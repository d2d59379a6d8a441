/** The plan's cross-reference rules. Each returns every problem it finds, with file, field and value. */
import { COLLECTIONS, noEntryOf, type CollectionName } from '../../schemas/collections.ts';
import { targetGroupFor } from '../../i18n/sv.ts';
import { didYouMean } from '../suggest.ts';
import type { Entry } from '../entries.ts';
import type { PlanGraph } from '../graph.ts';
import { error, type Issue } from '../issues.ts';
import { pageUrlsOf } from '../published-urls.ts';
import { goalLabel } from '../urls.ts';
import { countyIssues, localWorkIssues } from './county.ts';

type Ref = { from: Entry<unknown>; field: string; target: CollectionName; ids: (string | undefined)[] };

function referencesOf(graph: PlanGraph): Ref[] {
  const { content } = graph;
  const refs: Ref[] = [];
  const add = (from: Entry<unknown>, field: string, target: CollectionName, ids: (string | undefined)[]) =>
    refs.push({ from, field, target, ids });
  for (const goal of content.goals) {
    add(goal, 'indicators', 'indicators', goal.data.indicators);
    add(goal, 'counterpart', 'goals', [goal.data.counterpart]);
    add(goal, 'replacedBy', 'goals', [goal.data.replacedBy]);
  }
  for (const a of content.assignments) {
    add(a, 'goals', 'goals', a.data.goals);
    add(a, 'decidedBy', 'organisations', [a.data.decidedBy]);
    add(a, 'funding.decidedBy', 'organisations', [a.data.funding?.decidedBy]);
    add(a, 'signatories.organisation', 'organisations', a.data.signatories.map((s) => s.organisation));
    add(a, 'replacedBy', 'assignments', [a.data.replacedBy]);
  }
  for (const c of content.contacts) {
    add(c, 'organisation', 'organisations', [c.data.organisation]);
    add(c, 'assignments', 'assignments', c.data.assignments);
  }
  for (const w of content.localWork) {
    add(w, 'goals', 'goals', w.data.goals);
    add(w, 'organisation', 'organisations', [w.data.organisation]);
  }
  for (const o of content.organisations) {
    add(o, 'partOf', 'organisations', [o.data.partOf]);
    add(o, 'membersFrom', 'organisations', [o.data.membersFrom]);
  }
  for (const i of content.indicators) add(i, 'replacedBy', 'indicators', [i.data.replacedBy]);
  for (const f of content.focusAreas) add(f, 'replacedBy', 'focusAreas', [f.data.replacedBy]);
  return refs;
}

function danglingReferences(graph: PlanGraph): Issue[] {
  const known = new Map<CollectionName, Set<string>>();
  // Built once per collection: plans with many entries have many references.
  const ids = (name: CollectionName) => {
    if (!known.has(name)) known.set(name, new Set(graph.content[name].map((entry) => entry.id)));
    return known.get(name) as Set<string>;
  };
  return referencesOf(graph).flatMap(({ from, field, target, ids: wanted }) => {
    const known = ids(target);
    return wanted
      .filter((id): id is string => id !== undefined && !known.has(id))
      .map((id) => error({
        code: 'dangling-reference',
        file: from.filePath,
        field,
        value: id,
        message:
          `Fältet \`${field}\` pekar på \`${id}\`, men det finns ${noEntryOf(target)} med det id:t ` +
          `(filen \`content/${COLLECTIONS[target].folder}/${id}.md\` saknas).${didYouMean(id, [...known])} ` +
          `Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.`,
      }));
  });
}

function focusAreaRules(graph: PlanGraph): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<number, Entry<unknown>>();
  for (const area of graph.content.focusAreas) {
    const first = seen.get(area.data.number);
    if (first) {
      issues.push(error({
        code: 'duplicate-focus-area', file: area.filePath, field: 'number', value: String(area.data.number),
        message: `Fokusområde nummer ${area.data.number} finns redan i \`${first.filePath}\`. Fältet \`number\` måste vara unikt.`,
      }));
    } else seen.set(area.data.number, area);
  }
  for (const goal of graph.content.goals) {
    if (!graph.focusAreaByNumber.has(goal.data.focusArea)) {
      issues.push(error({
        code: 'missing-focus-area', file: goal.filePath, field: 'focusArea', value: String(goal.data.focusArea),
        message: `Fältet \`focusArea\` anger fokusområde ${goal.data.focusArea}, men inget fokusområde har det numret. Ange numret på ett befintligt fokusområde (1–5).`,
      }));
    }
  }
  return issues;
}

function goalRules(graph: PlanGraph): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, Entry<unknown>>();
  for (const goal of graph.content.goals) {
    const key = goalLabel(goal.data);
    const first = seen.get(key);
    if (first) {
      issues.push(error({
        code: 'duplicate-goal', file: goal.filePath, field: 'number', value: key,
        message: `${key} finns redan i \`${first.filePath}\`. Två mål kan inte ha samma nummer (\`focusArea\`, \`number\`) och målgrupp (\`targetGroup\`). Ändra numret i en av filerna.`,
      }));
    } else seen.set(key, goal);
    const counterpart = graph.counterpartOf(goal.id);
    if (!counterpart) continue;
    if (counterpart.data.counterpart !== goal.id || counterpart.data.targetGroup === goal.data.targetGroup) {
      const other = goal.data.targetGroup === 'vuxna' ? 'barn-och-unga' : 'vuxna';
      issues.push(error({
        code: 'counterpart-not-mutual', file: goal.filePath, field: 'counterpart', value: counterpart.id,
        message:
          `Fältet \`counterpart\` pekar på \`${counterpart.id}\`, men det målet pekar inte tillbaka hit` +
          (counterpart.data.targetGroup === goal.data.targetGroup ? ` och gäller samma målgrupp` : '') +
          `. Motsvarande mål ska vara ett mål ${targetGroupFor[other]} med \`counterpart: ${goal.id}\` i \`${counterpart.filePath}\`.`,
      }));
    }
  }
  return issues;
}

function unusedIndicators(graph: PlanGraph): Issue[] {
  return graph.content.indicators
    .filter((indicator) => indicator.data.status === 'gällande' && graph.goalsOfIndicator(indicator.id).length === 0)
    .map((indicator) => error({
      code: 'unused-indicator', file: indicator.filePath, field: 'indicators', value: indicator.id,
      message: `Indikatorn \`${indicator.id}\` används inte av något mål. Lägg till \`${indicator.id}\` i fältet \`indicators\` hos de mål den följer upp, eller markera den med \`status: utgått\`.`,
    }));
}

function duplicateUrls(graph: PlanGraph): Issue[] {
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  for (const { url, file, field } of pageUrlsOf(graph.content)) {
    const first = owner.get(url);
    if (first && first !== file) {
      issues.push(error({
        code: 'duplicate-url', file, field, value: url,
        message: `Adressen \`${url}\` används redan av \`${first}\`. Två sidor kan inte ha samma adress: ändra ${field.split(', ').map((f) => `\`${f}\``).join(' eller ')} i en av filerna.`,
      }));
    } else owner.set(url, file);
  }
  return issues;
}

/** Every cross-reference rule, in the order their problems are listed. */
export function crossReferenceRules(graph: PlanGraph): Issue[] {
  return [
    ...danglingReferences(graph),
    ...focusAreaRules(graph),
    ...goalRules(graph),
    ...unusedIndicators(graph),
    ...duplicateUrls(graph),
    ...countyIssues(graph.content.organisations),
    ...localWorkIssues(graph.content),
  ];
}
