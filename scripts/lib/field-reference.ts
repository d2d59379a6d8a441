/**
 * The editors' field reference (in CONTRIBUTING.md), generated from the schemas themselves:
 * structure, required fields, defaults and allowed values from the Zod schemas, and each
 * field's description from its JSDoc in `src/schemas/`. A test fails if the guide drifts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { anEntryOf, COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/collections.ts';
import { describeExpected } from '../../src/plan/expected-value.ts';
import { defaultOf, elementOf, fieldsOf, isRequired, kindOf, type Schema } from '../../src/schemas/introspect.ts';

const SCHEMA_DIR = join(import.meta.dirname, '../../src/schemas');

type Docs = Map<string, string | undefined>;

/** JSDoc of every property of every object literal in the schema files, keyed by the literal's field names. */
function docsByShape(): Map<string, Docs> {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.ts'));
  const sources = files.map((f) => ts.createSourceFile(f, readFileSync(join(SCHEMA_DIR, f), 'utf8'), ts.ScriptTarget.Latest, true));
  const named = new Map<string, ts.ObjectLiteralExpression>();
  const literals: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) literals.push(node);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      named.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  sources.forEach(visit);

  const docOf = (node: ts.Node) =>
    ts.getJSDocCommentsAndTags(node).map((doc) => ts.getTextOfJSDocComment(doc.comment)?.replace(/\s+/g, ' ').trim()).find(Boolean);
  const entries = (literal: ts.ObjectLiteralExpression): [string, string | undefined][] =>
    literal.properties.flatMap((property): [string, string | undefined][] => {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        const target = named.get(property.expression.text);
        return target ? entries(target) : [];
      }
      if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && property.name && ts.isIdentifier(property.name)) {
        return [[property.name.text, docOf(property)]];
      }
      return [];
    });

  const byShape = new Map<string, Docs>();
  for (const literal of literals) {
    const docs = new Map(entries(literal));
    byShape.set([...docs.keys()].sort().join(','), docs);
  }
  return byShape;
}

export interface FieldRow {
  path: string;
  required: string;
  expected: string;
  description: string | undefined;
}

function defaultText(schema: Schema): string {
  const given = defaultOf(schema);
  if (!given) return 'nej';
  if (Array.isArray(given.value) && given.value.length === 0) return 'nej (tom lista)';
  return `nej (\`${String(given.value)}\`)`;
}

/** Every field of a collection, nested fields as `period.from` and `sources[].title`. */
export function fieldRows(collection: (typeof COLLECTION_NAMES)[number], shapes = docsByShape()): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (schema: Schema, prefix: string) => {
    const shape = fieldsOf(schema);
    const docs = shapes.get(Object.keys(shape).sort().join(','));
    for (const [key, field] of Object.entries(shape)) {
      const path = `${prefix}${key}`;
      rows.push({ path, required: isRequired(field) ? 'ja' : defaultText(field), expected: describeExpected(field), description: docs?.get(key) });
      const element = elementOf(field);
      if (kindOf(field) === 'object') walk(field, `${path}.`);
      if (element && kindOf(element) === 'object') walk(element, `${path}[].`);
    }
  };
  walk(COLLECTIONS[collection].schema, '');
  return rows;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The generated part of CONTRIBUTING.md, between its `fältreferens` markers. */
export function fieldReference(): string {
  const shapes = docsByShape();
  return COLLECTION_NAMES.map((collection) => {
    const { folder } = COLLECTIONS[collection];
    const rows = fieldRows(collection, shapes);
    const body = COLLECTIONS[collection].bodyRequired ? 'Texten under front matter krävs.' : 'Texten under front matter kan utelämnas.';
    return [
      `### \`content/${folder}/\`: ${anEntryOf(collection).replace(/^(en|ett) /, '')}`,
      '',
      body,
      '',
      '| Fält | Krävs | Värde | Beskrivning (ur schemat) |',
      '| --- | --- | --- | --- |',
      ...rows.map((row) => `| \`${row.path}\` | ${row.required} | ${cell(row.expected)} | ${cell(row.description ?? '')} |`),
    ].join('\n');
  }).join('\n\n');
}

/** Fields without a JSDoc line, as `collection: path`. */
export function undocumentedFields(): string[] {
  const shapes = docsByShape();
  return COLLECTION_NAMES.flatMap((collection) =>
    fieldRows(collection, shapes).filter((row) => !row.description).map((row) => `${collection}: ${row.path}`),
  );
}

export const START_MARKER = '<!-- fältreferens:start (skrivs av npm run docs:fields; ändra i src/schemas/ i stället) -->';
export const END_MARKER = '<!-- fältreferens:slut -->';

/** The generated block as it stands in a guide's text, or `undefined` if the markers are missing. */
export function blockIn(text: string): string | undefined {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  return start < 0 || end < start ? undefined : text.slice(start + START_MARKER.length, end).trim();
}
