/**
 * The one place that reads a Zod schema's structure: its fields, lists, wrappers, allowed values
 * and limits. The editors' messages, the scaffold for new entries, the field reference in
 * CONTRIBUTING.md and the reference-field tests all ask here, so only this module knows Zod's
 * definitions (`_zod.def`, switched on `def.type` over `z.core.$ZodTypes`, as Zod's guide for
 * library authors does).
 *
 * Why not `z.toJSONSchema`: the callers need what JSON Schema drops. Swedish wording is keyed to
 * schema objects (`EXPECTED` in `shared.ts`), references are found by identity (`EntryIdSchema`),
 * dates and transforms have no JSON Schema, and the error map meets a single sub-schema per issue.
 * The published `plan.schema.json` does use `z.toJSONSchema` (src/open-data/json-schema.ts).
 */
import type { z } from 'astro/zod';

export type Schema = z.ZodType | z.core.$ZodType;
/** A step into a value: an object's field name or a list's index. */
export type PathKey = string | number;

const defOf = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def;

/** Wrappers that change whether or how a value is given, not what it is. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** The schema without optional/default wrappers. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let def = defOf(current); WRAPPERS.has(def.type) && 'innerType' in def; def = defOf(current)) current = def.innerType;
  return current;
}

/** What kind of value the schema takes, wrappers removed: `string`, `object`, `pipe`… */
export const kindOf = (schema: Schema): string => defOf(unwrap(schema)).type;

/** Whether an editor must write the field (no default, not optional). */
export const isRequired = (schema: Schema): boolean => !WRAPPERS.has(defOf(schema).type);

/** The value used when the field is left out, if the schema gives one. */
export function defaultOf(schema: Schema): { value: unknown } | undefined {
  const def = defOf(schema);
  return def.type === 'default' ? { value: def.defaultValue } : undefined;
}

/** An object schema's fields, in schema order; none for anything else. */
export function fieldsOf(schema: Schema | undefined): Record<string, Schema> {
  if (!schema) return {};
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? def.shape : {};
}

/** A list schema's item schema. */
export function elementOf(schema: Schema): Schema | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? def.element : undefined;
}

/** The schema found at `path` (array indexes step into the element), if the path exists. */
export function schemaAt(root: Schema, path: readonly PathKey[]): Schema | undefined {
  let current: Schema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    current = typeof key === 'number' ? elementOf(current) : fieldsOf(current)[key];
  }
  return current;
}

/** The field names an object at `path` allows, in schema order. */
export const fieldsAt = (root: Schema, path: readonly PathKey[]): string[] => Object.keys(fieldsOf(schemaAt(root, path)));

/** The allowed values of an enum or literal field, if it is one. */
export function allowedValues(schema: Schema): string[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return Object.values(def.entries).map(String);
  if (def.type === 'literal') return def.values.map(String);
  return undefined;
}

/** A bound on a number: `min(1)` is `{ value: 1, inclusive: true }`. */
export interface Bound {
  value: number;
  inclusive: boolean;
}

/** The limits a field's checks set; each is absent when the schema sets none. */
export interface Limits {
  /** A string's format, e.g. `url` or `email`. */
  format?: string;
  /** A string's first regular expression. */
  pattern?: RegExp;
  integer: boolean;
  lower?: Bound;
  upper?: Bound;
  /** A list's least number of items. */
  minItems?: number;
}

/** The limits set on the (unwrapped) schema by `.min()`, `.int()`, `.regex()`, `z.url()` and the like. */
export function limitsOf(schema: Schema): Limits {
  const def = defOf(unwrap(schema)) as z.core.$ZodTypeDef & { format?: string };
  const limits: Limits = { integer: false };
  if (def.format) limits.format = def.format;
  for (const check of def.checks ?? []) {
    const own = (check as z.core.$ZodChecks | z.core.$ZodCheckRegex)._zod.def;
    if (own.check === 'string_format' && 'pattern' in own && own.pattern) limits.pattern ??= own.pattern;
    if (own.check === 'number_format') limits.integer ||= /int/.test(own.format);
    if (own.check === 'greater_than') limits.lower ??= { value: Number(own.value), inclusive: own.inclusive };
    if (own.check === 'less_than') limits.upper ??= { value: Number(own.value), inclusive: own.inclusive };
    if (own.check === 'min_length') limits.minItems ??= own.minimum;
  }
  return limits;
}

/** One step of a path through a schema: a field, and whether the field holds a list. */
export interface FieldStep {
  key: string;
  list: boolean;
}

/**
 * Each path from the top of a schema to a sub-schema `found` accepts, through objects, lists,
 * wrappers, both sides of a pipe and every option of a union, e.g. `signatories[].organisation`
 * as `[{ key: 'signatories', list: true }, { key: 'organisation', list: false }]`.
 */
export function pathsTo(schema: Schema, found: (schema: Schema) => boolean, path: FieldStep[] = []): FieldStep[][] {
  if (found(schema)) return [path];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape).flatMap(([key, field]) => pathsTo(field, found, [...path, { key, list: false }]));
    case 'array': {
      const last = path.at(-1);
      return pathsTo(def.element, found, last ? [...path.slice(0, -1), { ...last, list: true }] : path);
    }
    case 'pipe':
      return [...pathsTo(def.in, found, path), ...pathsTo(def.out, found, path)];
    case 'union':
      return def.options.flatMap((option) => pathsTo(option, found, path));
    default:
      return WRAPPERS.has(def.type) && 'innerType' in def ? pathsTo(def.innerType, found, path) : [];
  }
}
