/**
 * Finds every indicator CSV in `content/indikatorer/`, parses it and checks it against the
 * indicators: a CSV needs an indicator with the same file name and a `unit`, and a baseline
 * year needs a county value. The build and `npm run check` both use this, so they agree.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentSet } from '../plan/entries.ts';
import { error, type CheckIssue } from '../plan/issues.ts';
import { didYouMean } from '../plan/suggest.ts';
import { COUNTY_NAME, knownAreas } from '../plan/county.ts';
import { parseIndicatorCsv, type IndicatorValue } from './indicator-data.ts';

export const INDICATOR_FOLDER = 'indikatorer';

/** Values may concern the years from 2000 up to this year; none from the future. */
export const valueYears = (now = new Date()) => ({ from: 2000, to: now.getUTCFullYear() });

export interface CsvFile {
  /** The indicator id it belongs to: the file name without `.csv`. */
  id: string;
  /** Relative to the project root, e.g. `content/indikatorer/x.csv`. */
  filePath: string;
  text: string;
}

export async function readIndicatorCsvFiles(contentDir: string, root: string): Promise<CsvFile[]> {
  const dir = join(contentDir, INDICATOR_FOLDER);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({
    id: name.slice(0, -'.csv'.length),
    filePath: relative(root, join(dir, name)),
    text: await readFile(join(dir, name), 'utf8'),
  })));
}

export interface IndicatorData {
  /** Values by indicator id, oldest first; indicators without a CSV have none. */
  valuesById: Map<string, IndicatorValue[]>;
  issues: CheckIssue[];
}

export function indicatorDataOf(files: readonly CsvFile[], content: ContentSet, years = valueYears()): IndicatorData {
  const areas = knownAreas(content.organisations);
  const indicatorIds = content.indicators.map((indicator) => indicator.id);
  const valuesById = new Map<string, IndicatorValue[]>();
  const issues: CheckIssue[] = [];
  for (const file of files) {
    const indicator = content.indicators.find((entry) => entry.id === file.id);
    if (!indicator) {
      issues.push(error({ file: file.filePath, line: 1, code: 'csv-without-indicator', message: `Det finns ingen indikator \`content/${INDICATOR_FOLDER}/${file.id}.md\` till den här filen. En CSV-fil ska heta som indikatorns fil, med \`.csv\` i stället för \`.md\`.${didYouMean(file.id, indicatorIds)}` }));
      continue;
    }
    const { values, problems } = parseIndicatorCsv(file.text, { areas, years });
    issues.push(...problems.map((p) => error({ file: file.filePath, line: p.line, code: p.code, field: p.column, message: p.message })));
    if (!indicator.data.unit) {
      issues.push(error({ file: indicator.filePath, code: 'missing-unit', field: 'unit', message: `Indikatorn har mätvärden i \`${file.filePath}\` men fältet \`unit\` (enhet) saknas. Skriv vilken enhet värdena har, t.ex. \`unit: procent\`.` }));
    }
    const baseline = indicator.data.baselineYear;
    if (baseline !== undefined && problems.length === 0 && !values.some((v) => v.year === baseline && v.area === COUNTY_NAME && v.sex === 'alla')) {
      issues.push(error({ file: indicator.filePath, code: 'baseline-without-value', field: 'baselineYear', message: `Fältet \`baselineYear\` säger att jämförelseåret är ${baseline}, men \`${file.filePath}\` har inget värde för ${COUNTY_NAME} det året. Lägg till värdet, eller ändra året.` }));
    }
    valuesById.set(file.id, values);
  }
  return { valuesById, issues };
}
