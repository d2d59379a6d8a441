/**
 * Writes a synthetic plan of N goals into a folder, in the same shape as `content/`: for tests
 * and benchmarks only, never published. Text is Swedish-like but invented, and every entry passes
 * the real schemas and graph checks.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface SyntheticPlanOptions {
  /** Number of goals, split over both target groups and five focus areas. */
  goals: number;
}

const WORDS = (
  'arbete stöd samverkan kommun region brukare delaktighet hälsa insatser barn unga vuxna skola ' +
  'vård omsorg uppföljning kunskap utveckling lokal plan nätverk tillgång tidig främjande trygghet ' +
  'rättigheter inflytande familj anhöriga personal ledning styrning analys mål resultat'
).split(' ');

/** Deterministic text, so two runs produce the same site. */
function sentence(seed: number, words = 12): string {
  const picked = Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const SOURCE = [{ title: 'Syntetiskt testinnehåll', publisher: 'Testgeneratorn' }];
const AREA_NAMES = ['Förebyggande arbete', 'Tidiga insatser', 'Delaktighet', 'Utsatta grupper', 'Ledning'];

async function writeEntry(dir: string, folder: string, id: string, data: object, body: string) {
  await mkdir(join(dir, folder), { recursive: true });
  await writeFile(join(dir, folder, `${id}.md`), `---\n${stringify(data)}---\n\n${body}\n`);
}

export interface SyntheticPlan {
  goalIds: string[];
  indicatorIds: string[];
  assignmentIds: string[];
}

export async function writeSyntheticPlan(dir: string, { goals }: SyntheticPlanOptions): Promise<SyntheticPlan> {
  const indicatorCount = Math.max(1, Math.floor(goals / 2));
  const assignmentCount = Math.max(1, Math.floor(goals / 10));
  const goalIds: string[] = [];
  const indicatorIds = Array.from({ length: indicatorCount }, (_, i) => `indikator-${i + 1}`);
  const assignmentIds = Array.from({ length: assignmentCount }, (_, i) => `uppdrag-${i + 1}`);

  for (const [index, name] of AREA_NAMES.entries()) {
    const number = index + 1;
    await writeEntry(dir, 'fokusomraden', `omrade-${number}`, {
      number, title: name, slug: `omrade-${number}`, summary: sentence(number), color: '#1d5a7a', sources: SOURCE,
    }, sentence(number + 100, 40));
  }

  // Goals alternate between target groups; each pair (same area and number) are counterparts.
  for (let i = 0; i < goals; i++) {
    const group = i % 2 === 0 ? 'vuxna' : 'barn-och-unga';
    const ordinal = Math.floor(i / 2);
    const focusArea = (ordinal % 5) + 1;
    const number = Math.floor(ordinal / 5) + 1;
    const id = `${group}-${focusArea}-${number}`;
    const otherId = `${group === 'vuxna' ? 'barn-och-unga' : 'vuxna'}-${focusArea}-${number}`;
    const hasCounterpart = i % 2 === 0 ? i + 1 < goals : true;
    goalIds.push(id);
    await writeEntry(dir, 'mal', id, {
      focusArea, number, targetGroup: group, title: sentence(i, 6),
      indicators: [indicatorIds[i % indicatorCount], indicatorIds[(i + 1) % indicatorCount]],
      ...(hasCounterpart ? { counterpart: otherId } : {}),
      period: { from: 2018, to: 2020, extendedTo: 2024 }, sources: SOURCE,
    }, `${sentence(i + 1, 30)} ${sentence(i + 2, 25)}`);
  }

  for (const [i, id] of indicatorIds.entries()) {
    await writeEntry(dir, 'indikatorer', id, {
      title: `Indikator ${i + 1}: ${sentence(i, 4)}`, slug: id, description: sentence(i + 3, 10), sources: SOURCE,
    }, sentence(i + 4, 30));
  }
  await writeEntry(dir, 'organisationer', 'organisation-a', { name: 'Organisation A', kind: 'part', sources: SOURCE }, sentence(1));
  for (const [i, id] of assignmentIds.entries()) {
    await writeEntry(dir, 'uppdrag', id, {
      title: `Uppdrag ${i + 1}`, slug: id, date: '2019-01-15', summary: sentence(i, 10), decidedBy: 'organisation-a',
      goals: [goalIds[(i * 10) % goals], goalIds[(i * 10 + 1) % goals]].filter((g, j, all) => all.indexOf(g) === j),
      sources: SOURCE,
    }, `## Bakgrund\n\n${sentence(i, 40)}\n\n## Syfte\n\n${sentence(i + 1, 20)}`);
  }
  await writeEntry(dir, 'kontakter', 'kontakt-a', {
    role: 'Samordnare', organisation: 'organisation-a', about: sentence(2, 8), focusAreas: [1, 2, 3, 4, 5],
    assignments: [assignmentIds[0]], sources: SOURCE,
  }, '');
  await writeEntry(dir, 'tidslinje', 'handelse-1', { date: '2018-01', title: sentence(5, 8), sources: SOURCE }, '');
  for (const [id, title] of [['start', 'Syntetisk plan'], ['om', 'Om den syntetiska planen'], ['mal', 'Alla mål']]) {
    await writeEntry(dir, 'sidor', id as string, { title, description: sentence(7, 8), sources: SOURCE }, sentence(8, 30));
  }
  return { goalIds, indicatorIds, assignmentIds };
}
