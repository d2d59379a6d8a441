/**
 * Reads a Zod schema's shape so messages can say, in Swedish, what a field expects: its type,
 * range, allowed values and sibling fields. Only reads Zod's public-ish `_zod.def`.
 */
import type { z } from 'astro/zod';
import type { PathKey } from './yaml-positions.ts';
import { EXPECTED, SLUG_PATTERN } from '../schemas/shared.ts';

type Def = {
  type: string;
  innerType?: Schema;
  element?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean; format?: string; minimum?: number; pattern?: RegExp } } }[];
};
export type Schema = z.ZodType | z.core.$ZodType;

const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** The schema without optional/default wrappers. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let def = defOf(current); WRAPPERS.has(def.type) && def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

/** Whether an editor must write the field (no default, not optional). */
export function isRequired(schema: Schema): boolean {
  const { type } = defOf(schema);
  return !WRAPPERS.has(type);
}

/** The schema found at `path` (array indexes step into the element), if the path exists. */
export function schemaAt(root: Schema, path: readonly PathKey[]): Schema | undefined {
  let current: Schema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (typeof key === 'number') current = def.type === 'array' ? def.element : undefined;
    else current = def.type === 'object' ? def.shape?.[key] : undefined;
  }
  return current;
}

/** The field names an object at `path` allows, in schema order. */
export function fieldsAt(root: Schema, path: readonly PathKey[]): string[] {
  const schema = schemaAt(root, path);
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** The allowed values of an enum or literal field, if it is one. */
export function allowedValues(schema: Schema): string[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'literal') return (def.values ?? []).map(String);
  return undefined;
}

function numberPhrase(def: Def): string {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const integer = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const noun = integer ? 'ett heltal' : 'ett tal';
  if (lower?.inclusive && upper?.inclusive) return `${noun} från ${String(lower.value)} till ${String(upper.value)}`;
  const limits = [
    lower && `${lower.inclusive ? 'minst' : 'större än'} ${String(lower.value)}`,
    upper && `${upper.inclusive ? 'högst' : 'mindre än'} ${String(upper.value)}`,
  ].filter(Boolean);
  return limits.length > 0 ? `${noun}, ${limits.join(' och ')}` : noun;
}

/** What a field expects, in Swedish, e.g. "ett heltal från 1 till 5" or "en lista med text". */
export function describeExpected(schema: Schema): string {
  const own = EXPECTED.get(unwrap(schema) as object);
  if (own) return own;
  const def = defOf(unwrap(schema));
  switch (def.type) {
    case 'string': {
      if (def.format === 'url') return 'en fullständig webbadress som börjar med `https://`';
      if (def.format === 'email') return 'en e-postadress';
      const pattern = (def.checks ?? []).map((c) => c._zod.def.pattern).find(Boolean)?.source ?? '';
      if (pattern === SLUG_PATTERN.source) return 'ett id med små bokstäver a–z, siffror och bindestreck';
      if (pattern.includes('#')) return 'en färg skriven `#rrggbb`';
      if (pattern.startsWith('^\\/')) return 'en adress som börjar och slutar med `/`';
      if (pattern.includes('0-9 +()')) return 'ett telefonnummer';
      return 'text';
    }
    case 'number':
      return numberPhrase(def);
    case 'boolean':
      return '`true` eller `false`';
    case 'date':
      return 'ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`';
    case 'enum':
    case 'literal':
      return `ett av värdena ${listOf(allowedValues(schema) ?? [])}`;
    case 'array':
      return def.element ? `en lista med ${plural(describeExpected(def.element))}` : 'en lista';
    case 'object':
      return `en grupp av fält (${listOf(Object.keys(def.shape ?? {}))}), indragna under fältet`;
    case 'pipe':
      return 'ett datum skrivet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD';
    default:
      return 'ett värde av annat slag';
  }
}

/** "text" → "text"; "ett heltal" → "heltal"; for "en lista med …". */
function plural(phrase: string): string {
  const plurals: [RegExp, string][] = [
    [/^en grupp av fält /, 'grupper av fält '],
    [/^en adress /, 'adresser '],
    [/^en färg /, 'färger '],
    [/^ett id /, 'id:n '],
    [/^ett heltal/, 'heltal'],
    [/^ett tal/, 'tal'],
  ];
  for (const [singular, many] of plurals) if (singular.test(phrase)) return phrase.replace(singular, many);
  return phrase.replace(/^(ett|en) /, '');
}

/** "`a`, `b` och `c`". */
export function listOf(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} och ${quoted.at(-1)}`;
}
