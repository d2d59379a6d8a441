/**
 * Turns one Zod issue into a Swedish sentence for editors: which field, what it should be, what
 * it is, and what to do. Used by the editors' check and, as a Zod error map, by the build itself.
 */
import { slugify } from './urls.ts';
import { SLUG_PATTERN } from '../schemas/shared.ts';
import { allowedValues, fieldsAt, fieldsOf, schemaAt, type PathKey, type Schema } from '../schemas/introspect.ts';
import { describeExpected, listOf } from './expected-value.ts';
import { didYouMean } from './suggest.ts';

/** The parts of a Zod issue the messages use (final issues and raw error-map issues alike). */
export interface IssueLike {
  code: string;
  path?: readonly PropertyKey[];
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  /** For regex formats, the pattern as text, e.g. `/^[a-z0-9]+$/`. */
  pattern?: string;
  /** A custom issue's own data, e.g. `{ kind: 'date' }` from `DaySchema`. */
  params?: { kind?: string };
}

export interface DescribeContext {
  /** The collection's schema, to say what a field expects. */
  schema?: Schema | undefined;
  /** The schema the issue is about, when there is no root schema (error maps). */
  inst?: Schema | undefined;
  /** The kind of entry, e.g. "ett mål", for "finns inte i ett mål". */
  entry?: string | undefined;
  /** The schema author's own Swedish message for this issue, if it has one. */
  ownMessage?: string | undefined;
}

export const toPath = (path: readonly PropertyKey[] = []): PathKey[] =>
  path.map((key) => (typeof key === 'number' ? key : String(key)));

/** "Fältet `url` (i `sources`, punkt 1)" or "Punkt 2 i `indicators`". */
export function subjectOf(path: readonly PathKey[]): string {
  const last = path.at(-1);
  const parent = path.slice(0, -1);
  if (typeof last === 'number') return `Punkt ${last + 1} i ${placeOf(parent)}`;
  const where = parent.length > 0 ? ` (i ${placeOf(parent)})` : '';
  return `Fältet \`${String(last ?? '')}\`${where}`;
}

/** "`sources`, punkt 1" or "`period`". */
function placeOf(path: readonly PathKey[]): string {
  const parts: string[] = [];
  for (const key of path) parts.push(typeof key === 'number' ? `punkt ${key + 1}` : `\`${key}\``);
  return parts.join(', ');
}

/** How a found value reads in a message: "text (`tre`)", "en lista", "ingenting". */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'ingenting';
  if (value === null) return 'tomt';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'inget giltigt datum' : `datumet \`${value.toISOString().slice(0, 10)}\``;
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'object') return 'en grupp av fält';
  if (typeof value === 'string') return value.trim() === '' ? 'tom text' : `texten \`${value}\``;
  if (typeof value === 'number') return `talet \`${value}\``;
  if (typeof value === 'boolean') return `\`${value}\``;
  return `\`${String(value)}\``;
}

function typeHint(expected: string | undefined, input: unknown): string {
  if (expected === 'number' && typeof input === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(input)) {
    return ' Skriv talet utan citattecken, och med punkt i stället för komma i decimaltal.';
  }
  if (expected === 'array') return ' Skriv en lista: varje värde på en egen rad som börjar med `- `, indragen under fältet.';
  if (expected === 'string' && (typeof input === 'number' || input instanceof Date || typeof input === 'boolean')) {
    return ' YAML läste värdet som något annat än text. Sätt citattecken runt det, t.ex. `"2018"`.';
  }
  if (expected === 'object') return ' Skriv fälten på egna rader, indragna under fältet.';
  if (expected === 'date') return ' Skriv datumet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`.';
  if (expected === 'boolean') return ' Skriv `true` (ja) eller `false` (nej).';
  return '';
}

/** Every message but unknown fields (which need their siblings; see `unknownFieldMessage`). */
export function describeIssue(issue: IssueLike, context: DescribeContext = {}): string {
  const path = toPath(issue.path);
  const subject = subjectOf(path);
  const field = context.schema ? schemaAt(context.schema, path) : context.inst;
  const expected = field ? describeExpected(field) : undefined;
  const own = context.ownMessage ? ` ${context.ownMessage}` : '';
  const value = issue.input;

  switch (issue.code) {
    case 'invalid_union':
    case 'invalid_type':
      if (value === undefined) {
        const required = context.entry && path.length === 1 ? `, men det krävs i ${context.entry}` : '';
        const key = path.at(-1);
        const add = typeof key === 'string' ? `Lägg till \`${key}:\` följt av ${expected ?? 'ett värde'}` : 'Lägg till det';
        return `${subject} saknas${required}. ${add}.`;
      }
      if (issue.code === 'invalid_union') return `${subject} ska vara ${expected ?? 'något annat'}, men är ${describeFound(value)}.`;
      if (issue.expected === 'date') {
        return `${subject} ska vara ett datum, men är ${describeFound(value)}.${typeHint('date', value)}`;
      }
      return `${subject} ska vara ${expected ?? issue.expected ?? 'något annat'}, men är ${describeFound(value)}.${typeHint(issue.expected, value)}`;
    case 'invalid_value': {
      const allowed = (field && allowedValues(field)) ?? (issue.values ?? []).map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return `${subject} har värdet ${describeFound(value).replace(/^texten /, '')}, men tillåtna värden är ${listOf(allowed)}.${suggestion}`;
    }
    case 'invalid_format': {
      const found = describeFound(value);
      if (issue.format === 'url') {
        const fix = typeof value === 'string' && /^www\./.test(value) ? ` Menade du \`https://${value}\`?` : '';
        return `${subject} ska vara en fullständig webbadress som börjar med \`https://\`, men är ${found}.${fix}`;
      }
      if (issue.format === 'email') return `${subject} ska vara en e-postadress, t.ex. \`namn@exempel.se\`, men är ${found}.`;
      const isIdField = issue.pattern === String(SLUG_PATTERN);
      const suggestion = isIdField && typeof value === 'string' && slugify(value) !== '' ? ` Menade du \`${slugify(value)}\`?` : '';
      return `${subject} har fel form: ${found}.${own || ' Se fältets beskrivning i CONTRIBUTING.md.'}${suggestion}`;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(issue.minimum) <= 1) return `${subject} är tomt. Skriv en text.`;
      if (issue.origin === 'array' && issue.code === 'too_small') {
        return `${subject} ${Array.isArray(value) && value.length === 0 ? 'är en tom lista' : 'har för få värden'}.${own || ` Ange minst ${String(issue.minimum)}.`}`;
      }
      const limit = issue.code === 'too_small' ? `minst ${String(issue.minimum)}` : `högst ${String(issue.maximum)}`;
      return `${subject} är ${describeFound(value)}, men ska vara ${expected ?? limit}.${own}`;
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => unknownFieldMessage(key, path, context)).join(' ');
    case 'custom':
      // The helpers in src/schemas/shared.ts write the rest of the sentence.
      if (issue.params?.kind && own) return `${subject}${own}`;
      return `${subject}:${own || ' värdet går inte att använda.'}`;
    default:
      return `${subject}:${own || ' värdet går inte att använda.'}`;
  }
}

/** "Fältet `titel` finns inte i ett mål. Menade du `title`?" */
export function unknownFieldMessage(key: string, parent: readonly PathKey[], context: DescribeContext): string {
  const known = context.schema ? fieldsAt(context.schema, parent) : Object.keys(fieldsOf(context.inst));
  const suggestion = didYouMean(key, known);
  const fix = suggestion ? `${suggestion} Rätta namnet.` : ` Ta bort det, eller använd ett av fälten ${listOf(known)}.`;
  if (parent.length > 0) return `Fältet \`${key}\` (i ${placeOf(parent)}) finns inte.${fix}`;
  return `Fältet \`${key}\` finns inte${context.entry ? ` i ${context.entry}` : ''}.${fix}`;
}
