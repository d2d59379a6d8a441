/**
 * Field tables for the Öppna data page, read from the published JSON Schema, so the page says
 * exactly what the schema says. Nested objects and lists of objects are flattened into dotted
 * names (`period.from`, `values[].year`).
 */
import { SLUG_PATTERN } from '../schemas/shared.ts';

export interface SchemaNode {
  /** One type, or several (`["string", "null"]`) for a simple nullable value. */
  type?: string | string[];
  format?: string;
  pattern?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  description?: string;
}

export interface FieldDoc {
  name: string;
  type: string;
  description: string;
}

/** A field's type in plain Swedish, e.g. "lista med id" or "heltal eller null". */
export function typeLabel(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeLabel).join(' eller ');
  if (Array.isArray(node.type)) return node.type.map((type) => typeLabel({ ...node, type })).join(' eller ');
  if (node.const !== undefined) return `alltid ${JSON.stringify(node.const)}`;
  if (node.enum) return `ett av ${node.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  switch (node.type) {
    case 'string':
      if (node.format === 'uri') return 'adress';
      return node.pattern === SLUG_PATTERN.source ? 'id' : 'text';
    case 'integer':
      return 'heltal';
    case 'number':
      return 'tal';
    case 'boolean':
      return 'sant eller falskt';
    case 'null':
      return 'null';
    case 'array':
      return `lista med ${node.items ? typeLabel(node.items) : 'värden'}`;
    default:
      return 'objekt';
  }
}

export interface FieldDocOptions {
  /** Fields to leave out, e.g. those documented in a table of their own. */
  skip?: string[];
  /** Whether to list the fields of objects inside lists (`values[].year`); `true` unless said. */
  listItems?: boolean;
}

/** The fields of an object node, with nested fields after their parent. */
export function fieldDocs(node: SchemaNode, { skip = [], listItems = true }: FieldDocOptions = {}, prefix = ''): FieldDoc[] {
  return Object.entries(node.properties ?? {})
    .filter(([name]) => !skip.includes(name))
    .flatMap(([name, child]) => {
      const inner = child.anyOf?.find((option) => option.type !== 'null') ?? child;
      const row = { name: `${prefix}${name}`, type: typeLabel(child), description: child.description ?? '' };
      if (inner.type === 'object') return [row, ...fieldDocs(inner, { listItems }, `${prefix}${name}.`)];
      if (listItems && inner.type === 'array' && inner.items?.type === 'object') {
        return [row, ...fieldDocs(inner.items, { listItems }, `${prefix}${name}[].`)];
      }
      return [row];
    });
}
