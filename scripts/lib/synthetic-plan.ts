/**
 * Writes a synthetic plan of N goals into a folder, in the same shape as `content/`: for tests
 * and benchmarks only, never published. Text is Swedish-like but invented (`swedish-text.ts`), of
 * the lengths the real entries have, and every entry passes the real schemas and graph checks.
 * Each entry's text depends only on its kind and index, so goal 1 reads the same at every N.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { paragraph, randomFrom, seedOf, sentence, title } from './swedish-text.ts';

export interface SyntheticPlanOptions {
  /** Number of goals, split over both target groups and five focus areas. */
  goals: number;
}

export interface SyntheticPlan {
  goalIds: string[];
  indicatorIds: string[];
  assignmentIds: string[];
}

const SOURCE = [{ title: 'Syntetiskt testinnehåll', publisher: 'Testgeneratorn' }];
const AREA_NAMES = ['Förebyggande arbete', 'Tidiga insatser', 'Delaktighet', 'Utsatta grupper', 'Ledning'];
const ORGANISATIONS = [
  { id: 'organisation-a', name: 'Organisation A', kind: 'part' },
  { id: 'organisation-b', name: 'Organisation B', kind: 'part' },
  { id: 'ledningsgrupp-c', name: 'Ledningsgrupp C', kind: 'ledning' },
  { id: 'forbund-d', name: 'Kommunalförbund D', kind: 'kommunalförbund' },
  { id: 'samverkan-e', name: 'Vårdsamverkan E', kind: 'delregional-vårdsamverkan' },
] as const;

/** Generated municipality names, never real ones: 49, as the county has. */
export const SYNTHETIC_MUNICIPALITIES = Array.from({ length: 49 }, (_, i) => `Testkommun ${i + 1}`);
/** Years of generated values: ten, as a long follow-up would have. */
export const SYNTHETIC_YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

/** A CSV as editors paste it from Swedish Excel: `;` and decimal comma; the county, then every municipality. */
function indicatorCsv(r: () => number): string {
  const rows = ['år;värde;område'];
  for (const year of SYNTHETIC_YEARS) {
    const county = 20 + (year - 2015) * 1.5 + r() * 2;
    rows.push(`${year};${county.toFixed(1).replace('.', ',')};Västra Götaland`);
    for (const name of SYNTHETIC_MUNICIPALITIES) rows.push(`${year};${(county - 8 + r() * 16).toFixed(1).replace('.', ',')};${name}`);
  }
  return `${rows.join('\n')}\n`;
}

async function writeEntry(dir: string, folder: string, id: string, data: object, body: string) {
  await writeFile(join(dir, folder, `${id}.md`), `---\n${stringify(data)}---\n\n${body}\n`);
}

/** Ids of the N goals: they alternate between target groups; each pair are counterparts. */
function goalIdsFor(goals: number) {
  return Array.from({ length: goals }, (_, i) => {
    const group = i % 2 === 0 ? 'vuxna' : 'barn-och-unga';
    const ordinal = Math.floor(i / 2);
    return { i, group, focusArea: (ordinal % 5) + 1, number: Math.floor(ordinal / 5) + 1, id: `${group}-${(ordinal % 5) + 1}-${Math.floor(ordinal / 5) + 1}` };
  });
}

export async function writeSyntheticPlan(dir: string, { goals }: SyntheticPlanOptions): Promise<SyntheticPlan> {
  const goalList = goalIdsFor(goals);
  const goalIds = goalList.map((goal) => goal.id);
  const indicatorIds = Array.from({ length: Math.max(1, Math.floor(goals / 2)) }, (_, i) => `indikator-${i + 1}`);
  const assignmentIds = Array.from({ length: Math.max(1, Math.floor(goals / 10)) }, (_, i) => `uppdrag-${i + 1}`);
  // Contact roles come with organisations, not with goals: two per focus area at any N, each
  // tied to a few assignments, as in the real plan (8 roles for 15 goals).
  const contactCount = 10;
  for (const folder of ['fokusomraden', 'mal', 'indikatorer', 'uppdrag', 'kontakter', 'organisationer', 'tidslinje', 'sidor']) {
    await mkdir(join(dir, folder), { recursive: true });
  }

  for (const [index, name] of AREA_NAMES.entries()) {
    const r = randomFrom(seedOf('fokusomrade', index));
    await writeEntry(dir, 'fokusomraden', `omrade-${index + 1}`, {
      number: index + 1, title: name, slug: `omrade-${index + 1}`, summary: sentence(r), color: '#1d5a7a', sources: SOURCE,
    }, `${paragraph(r, 80)}\n\n${paragraph(r, 60)}`);
  }

  for (const { i, group, focusArea, number, id } of goalList) {
    const r = randomFrom(seedOf('mal', i));
    const counterpartIndex = i % 2 === 0 ? i + 1 : i - 1;
    const counterpart = goalList[counterpartIndex]?.id;
    // Each indicator follows up about four goals: the plan shares indicators between goals.
    const indicators = [indicatorIds[i % indicatorIds.length], indicatorIds[(i + 1) % indicatorIds.length]];
    await writeEntry(dir, 'mal', id, {
      focusArea, number, targetGroup: group, title: title(r, 5, 9), indicators: [...new Set(indicators)],
      ...(counterpart ? { counterpart } : {}),
      period: { from: 2018, to: 2020, extendedTo: 2024 }, sources: SOURCE,
    }, paragraph(r, 110));
  }

  for (const [i, id] of indicatorIds.entries()) {
    const r = randomFrom(seedOf('indikator', i));
    // Ten years for the county and all 49 municipalities for most indicators, in a CSV file.
    const hasValues = i % 4 !== 3;
    if (hasValues) await writeFile(join(dir, 'indikatorer', `${id}.csv`), indicatorCsv(r));
    const follow = hasValues
      ? { unit: 'procent', baselineYear: 2015, betterDirection: i % 2 === 0 ? 'högre' : 'lägre', ...(i % 3 === 0 ? { target: { value: 40, year: 2025 } } : {}) }
      : {};
    await writeEntry(dir, 'indikatorer', id, {
      title: `Indikator ${i + 1}: ${title(r, 3, 6)}`, slug: id, description: sentence(r, 10, 16),
      ...(i % 2 === 0 ? { dataSource: 'Testregistret' } : {}), ...follow, sources: SOURCE,
    }, paragraph(r, 120));
  }

  for (const org of ORGANISATIONS) {
    const r = randomFrom(seedOf(org.id, 0));
    const members = org.kind === 'kommunalförbund' || org.kind === 'delregional-vårdsamverkan' ? { municipalities: SYNTHETIC_MUNICIPALITIES } : {};
    const page = org.kind === 'delregional-vårdsamverkan' ? { slug: org.id } : {};
    await writeEntry(dir, 'organisationer', org.id, { name: org.name, kind: org.kind, ...page, ...members, sources: SOURCE }, paragraph(r, 60));
  }

  for (const [i, id] of assignmentIds.entries()) {
    const r = randomFrom(seedOf('uppdrag', i));
    const goalsServed = [goalIds[(i * 10) % goals], goalIds[(i * 10 + 1) % goals]];
    const sections = ['Bakgrund', 'Syfte', 'Aktivitet', 'Organisation'].map((h) => `## ${h}\n\n${paragraph(r, 110)}`);
    await writeEntry(dir, 'uppdrag', id, {
      title: `Uppdrag ${i + 1}: ${title(r, 4, 8)}`, slug: id, date: `${2018 + (i % 6)}-0${1 + (i % 9)}-15`,
      summary: sentence(r, 12, 18), decidedBy: ORGANISATIONS[i % 3]!.id, goals: [...new Set(goalsServed)],
      funding: { amount: 1 + (i % 5), unit: 'mnkr', decidedBy: 'ledningsgrupp-c' },
      timetable: [{ when: 'Våren 2019', what: sentence(r, 5, 9) }, { when: 'Hösten 2019', what: sentence(r, 5, 9) }],
      signatories: [{ organisation: 'organisation-a' }, { organisation: 'organisation-b' }],
      sources: SOURCE,
    }, sections.join('\n\n'));
  }

  for (let i = 0; i < contactCount; i++) {
    const r = randomFrom(seedOf('kontakt', i));
    // No holder: synthetic content never names a person.
    await writeEntry(dir, 'kontakter', `kontakt-${i + 1}`, {
      role: title(r, 1, 3), organisation: ORGANISATIONS[i % ORGANISATIONS.length]!.id, about: sentence(r, 8, 14),
      focusAreas: [(i % 5) + 1], sources: SOURCE,
      assignments: [0, 10, 20, 30, 40].flatMap((k) => assignmentIds[i + k] ?? []),
    }, paragraph(r, 50));
  }

  for (let i = 0; i < 12; i++) {
    const r = randomFrom(seedOf('handelse', i));
    await writeEntry(dir, 'tidslinje', `handelse-${i + 1}`, { date: `${2012 + i}-0${1 + (i % 9)}`, title: sentence(r, 6, 12), sources: SOURCE }, '');
  }
  for (const [id, heading] of [['start', 'Syntetisk plan'], ['om', 'Om den syntetiska planen'], ['mal', 'Alla mål']] as const) {
    const r = randomFrom(seedOf(id, 0));
    await writeEntry(dir, 'sidor', id, { title: heading, description: sentence(r, 8, 14), sources: SOURCE }, `${paragraph(r, 120)}\n\n${paragraph(r, 120)}`);
  }
  return { goalIds, indicatorIds, assignmentIds };
}
