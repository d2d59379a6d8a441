/**
 * A new entry's file, built from its collection's schema: every required field, with a
 * placeholder where the editor must write something, and `draft: true` so that nothing
 * unfinished is published. The result always passes the schema.
 */
import { Document, isScalar } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { allowedValues, elementOf, fieldsOf, isRequired, kindOf, limitsOf, type Schema } from '../schemas/introspect.ts';
import { BODY_HOLDS } from './words.ts';

/** Marks text the editor must replace; the check refuses to publish an entry that still has it. */
export const PLACEHOLDER = 'FYLL I';
/** The placeholder for a reference to another entry, which must look like an id. */
export const PLACEHOLDER_ID = 'fyll-i';

function placeholderFor(field: string, schema: Schema, today: string): unknown {
  switch (kindOf(schema)) {
    case 'string': {
      const { pattern } = limitsOf(schema);
      if (!pattern) return `${PLACEHOLDER}: ${field}`;
      // A colour cannot look like an id; every other pattern in the schemas accepts one.
      return pattern.source.includes('#') ? '#000000' : PLACEHOLDER_ID;
    }
    case 'number':
      return limitsOf(schema).lower?.value ?? 0;
    case 'enum':
      return allowedValues(schema)?.[0];
    case 'date':
    case 'pipe':
      return today;
    case 'array': {
      const element = elementOf(schema);
      return element && (limitsOf(schema).minItems ?? 0) > 0 ? [placeholderFor(field, element, today)] : [];
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(fieldsOf(schema))
          .filter(([, value]) => isRequired(value))
          .map(([key, value]) => [key, placeholderFor(key, value, today)]),
      );
    default:
      return `${PLACEHOLDER}: ${field}`;
  }
}

export interface ScaffoldOptions {
  /** Values the editor gave, e.g. `{ targetGroup: 'vuxna', focusArea: 2, number: 3 }`. */
  given: Record<string, unknown>;
  /** Today's date, `YYYY-MM-DD`, for date fields. */
  today: string;
}

/** The markdown text of a new draft entry. */
export function scaffold(collection: CollectionName, { given, today }: ScaffoldOptions): string {
  const shape = fieldsOf(COLLECTIONS[collection].schema);
  const data: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (key in given) data[key] = given[key];
    else if (isRequired(schema)) data[key] = placeholderFor(key, schema, today);
  }
  // Fields a rule across fields asks for (e.g. a glossary term's `expansion`) get one too.
  const result = COLLECTIONS[collection].schema.safeParse(data);
  for (const issue of result.success ? [] : result.error.issues) {
    const key = issue.path[0];
    if (issue.path.length === 1 && typeof key === 'string' && shape[key] && !(key in data)) {
      data[key] = placeholderFor(key, shape[key], today);
    }
  }
  data['draft'] = true;

  const doc = new Document(data);
  doc.commentBefore = ` Skapad med npm run ny. Fälten förklaras i CONTRIBUTING.md.\n Byt ut allt som börjar med "${PLACEHOLDER}" och ta bort raden draft: true när posten ska publiceras.`;
  for (const [key, schema] of Object.entries(shape)) {
    const values = allowedValues(schema);
    const node = doc.get(key, true);
    if (values && isScalar(node) && !(key in given)) node.comment = ` ett av: ${values.join(', ')}`;
  }
  const body = COLLECTIONS[collection].bodyRequired ? `\n${PLACEHOLDER}: ${BODY_HOLDS[collection]}.\n` : '';
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}
