/**
 * What a schema field expects, in Swedish, for messages and the field reference: its type,
 * range and allowed values. The structure itself is read by `src/schemas/introspect.ts`.
 */
import { SLUG_PATTERN, EXPECTED } from '../schemas/shared.ts';
import { allowedValues, elementOf, fieldsOf, kindOf, limitsOf, unwrap, type Schema } from '../schemas/introspect.ts';

function numberPhrase(schema: Schema): string {
  const { integer, lower, upper } = limitsOf(schema);
  const noun = integer ? 'ett heltal' : 'ett tal';
  if (lower?.inclusive && upper?.inclusive) return `${noun} från ${String(lower.value)} till ${String(upper.value)}`;
  const limits = [
    lower && `${lower.inclusive ? 'minst' : 'större än'} ${String(lower.value)}`,
    upper && `${upper.inclusive ? 'högst' : 'mindre än'} ${String(upper.value)}`,
  ].filter(Boolean);
  return limits.length > 0 ? `${noun}, ${limits.join(' och ')}` : noun;
}

function stringPhrase(schema: Schema): string {
  const { format, pattern } = limitsOf(schema);
  if (format === 'url') return 'en fullständig webbadress som börjar med `https://`';
  if (format === 'email') return 'en e-postadress';
  const source = pattern?.source ?? '';
  if (source === SLUG_PATTERN.source) return 'ett id med små bokstäver a–z, siffror och bindestreck';
  if (source.includes('#')) return 'en färg skriven `#rrggbb`';
  if (source.startsWith('^\\/')) return 'en adress som börjar och slutar med `/`';
  if (source.includes('0-9 +()')) return 'ett telefonnummer';
  return 'text';
}

/** What a field expects, in Swedish, e.g. "ett heltal från 1 till 5" or "en lista med text". */
export function describeExpected(schema: Schema): string {
  const own = EXPECTED.get(unwrap(schema) as object);
  if (own) return own;
  switch (kindOf(schema)) {
    case 'string':
      return stringPhrase(schema);
    case 'number':
      return numberPhrase(schema);
    case 'boolean':
      return '`true` eller `false`';
    case 'date':
      return 'ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`';
    case 'enum':
    case 'literal':
      return `ett av värdena ${listOf(allowedValues(schema) ?? [])}`;
    case 'array': {
      const element = elementOf(schema);
      return element ? `en lista med ${plural(describeExpected(element))}` : 'en lista';
    }
    case 'object':
      return `en grupp av fält (${listOf(Object.keys(fieldsOf(schema)))}), indragna under fältet`;
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
