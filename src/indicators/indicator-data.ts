/**
 * An indicator's values, read from `content/indikatorer/<id>.csv` as editors paste it from Excel:
 * `;` or `,` between columns, decimal comma or point, spaces as thousands separators. Out comes
 * one canonical shape; every problem comes back with its line and column, worded for editors.
 * Pure (no fs): the build and the editors' check both call it. csv-parse does the quoting rules.
 */
import { parse } from 'csv-parse/sync';
import { closestMatch } from '../plan/suggest.ts';
import { COUNTY_NAME } from '../plan/county.ts';

export const SEXES = ['alla', 'kvinnor', 'män'] as const;
export type Sex = (typeof SEXES)[number];

/** One measured value. `area` is the county, a sub-region or a municipality, as named in the site. */
export interface IndicatorValue {
  year: number;
  value: number;
  area: string;
  sex: Sex;
}

/** The columns a CSV may have, in the order the export writes them. */
export const CSV_COLUMNS = ['år', 'värde', 'område', 'kön'] as const;
const REQUIRED = ['år', 'värde'] as const;

export type CsvProblemCode = 'csv-syntax' | 'csv-column' | 'csv-value' | 'csv-area' | 'csv-year' | 'csv-duplicate';

export interface CsvProblem {
  code: CsvProblemCode;
  line: number;
  /** The column, e.g. `värde`, when the problem is in one. */
  column?: string;
  message: string;
}

export interface CsvOptions {
  /** Names allowed in `område`. */
  areas: readonly string[];
  /** The first and last year a value may concern. */
  years: { from: number; to: number };
}

const fold = (text: string) => text.trim().toLocaleLowerCase('sv');

/** "12,5", "12.5", "1 234,5" or "−3" as a number; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (compact.includes(',') && compact.includes('.')) return undefined;
  const normal = compact.replace(',', '.');
  return /^-?\d+(?:\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

/** The separator the header line uses: `;` (Swedish Excel) or `,`. */
export const separatorOf = (text: string) => ((text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',');

const shown = (text: string) => (text === '' ? 'en tom cell' : `\`${text}\``);

export function parseIndicatorCsv(text: string, { areas, years }: CsvOptions): { values: IndicatorValue[]; problems: CsvProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separatorOf(text), bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true,
    }) as unknown as typeof records;
  } catch (cause) {
    const line = (cause as { lines?: number }).lines ?? 1;
    return { values: [], problems: [{ code: 'csv-syntax', line, message: `Raden går inte att läsa som CSV: ett citattecken (\`"\`) avslutas aldrig, eller står mitt i en cell. Sätt citattecken runt hela cellen, eller ta bort dem.` }] };
  }
  const [header, ...rows] = records;
  if (!header) return { values: [], problems: [{ code: 'csv-column', line: 1, message: 'Filen är tom. Första raden ska vara kolumnnamnen, t.ex. `år;värde;område`, sedan en rad per värde.' }] };

  const problems: CsvProblem[] = [];
  const columns = header.record.map(fold);
  for (const [i, name] of columns.entries()) {
    if ((CSV_COLUMNS as readonly string[]).includes(name)) continue;
    const guess = closestMatch(name, CSV_COLUMNS);
    problems.push({ code: 'csv-column', line: header.info.lines, column: header.record[i] ?? name, message: `Kolumnen ${shown(header.record[i] ?? '')} (kolumn ${i + 1}) finns inte. Tillåtna kolumner är \`år\`, \`värde\`, \`område\` och \`kön\`.${guess ? ` Menade du \`${guess}\`?` : ''}` });
  }
  for (const name of REQUIRED) {
    if (!columns.includes(name)) problems.push({ code: 'csv-column', line: header.info.lines, column: name, message: `Kolumnen \`${name}\` saknas på första raden. Den behövs; första raden kan t.ex. vara \`år;värde;område\`.` });
  }
  if (problems.length > 0) return { values: [], problems };

  const at = (row: string[], name: string) => {
    const i = columns.indexOf(name);
    return i < 0 ? undefined : (row[i] ?? '');
  };
  const areaByFolded = new Map(areas.map((area) => [fold(area), area]));
  const seen = new Map<string, number>();
  const values: IndicatorValue[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const where = (name: string) => `kolumnen \`${name}\` (kolumn ${columns.indexOf(name) + 1})`;
    const before = problems.length;
    if (record.length !== columns.length) {
      problems.push({ code: 'csv-syntax', line, message: `Raden har ${record.length} celler, men första raden har ${columns.length} kolumner. Kontrollera avgränsarna: en cell med decimalkomma i en fil med kommatecken mellan kolumnerna måste stå inom citattecken, t.ex. \`"12,5"\`.` });
      continue;
    }
    const yearText = at(record, 'år') ?? '';
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
    if (year === undefined) {
      problems.push({ code: 'csv-value', line, column: 'år', message: `I ${where('år')} ska det stå ett årtal med fyra siffror, t.ex. \`2018\`, men här står ${shown(yearText)}.` });
    } else if (year < years.from || year > years.to) {
      problems.push({ code: 'csv-year', line, column: 'år', message: `Året \`${year}\` i ${where('år')} ligger utanför perioden ${years.from}–${years.to}. Kontrollera årtalet.` });
    }
    const valueText = at(record, 'värde') ?? '';
    const value = parseNumber(valueText);
    if (value === undefined) {
      problems.push({ code: 'csv-value', line, column: 'värde', message: `I ${where('värde')} ska det stå ett tal, t.ex. \`12,5\`, men här står ${shown(valueText)}. Skriv bara siffror, med decimalkomma eller decimalpunkt men inte båda, och utan enhet.` });
    }
    const areaText = at(record, 'område') ?? '';
    const area = areaText === '' ? COUNTY_NAME : areaByFolded.get(fold(areaText));
    if (area === undefined) {
      const guess = closestMatch(areaText, areas);
      problems.push({ code: 'csv-area', line, column: 'område', message: `Området ${shown(areaText)} i ${where('område')} är okänt. Skriv \`${COUNTY_NAME}\`, en av länets 49 kommuner eller en delregion, som de heter på webbplatsen.${guess ? ` Menade du \`${guess}\`?` : ''}` });
    }
    const sexText = fold(at(record, 'kön') ?? '');
    const sex = sexText === '' ? 'alla' : (SEXES as readonly string[]).includes(sexText) ? (sexText as Sex) : undefined;
    if (sex === undefined) {
      problems.push({ code: 'csv-value', line, column: 'kön', message: `I ${where('kön')} ska det stå \`alla\`, \`kvinnor\` eller \`män\` (eller inget, som betyder \`alla\`), men här står ${shown(at(record, 'kön') ?? '')}.` });
    }
    if (problems.length > before || year === undefined || value === undefined || area === undefined || sex === undefined) continue;
    const key = `${year}|${area}|${sex}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ code: 'csv-duplicate', line, message: `Raden upprepar rad ${earlier}: samma år (${year}), område (${area}) och kön (${sex}). Ta bort den ena raden.` });
      continue;
    }
    seen.set(key, line);
    values.push({ year, value, area, sex });
  }
  values.sort((a, b) => a.year - b.year || a.area.localeCompare(b.area, 'sv') || a.sex.localeCompare(b.sex, 'sv'));
  return { values, problems };
}
