/**
 * What MDX in `content/` may hold beyond markdown: the site's components and the allowed HTML tags,
 * with plain data as values, and `{...}` expressions that are comments or plain values. Code would
 * run during the build with the build's permissions, so it is never allowed.
 */
import { checkTag } from './safe-markup.ts';

/** An MDX element written by the editor: a lower-case HTML tag, or one of the site's components. */
export function checkJsxElement(name: string | null, attributes: { name: string; value: unknown }[]): string[] {
  if (name === null) return []; // a fragment, <>...</>
  const isComponent = /^[A-Z]/.test(name);
  const problems = isComponent ? [] : checkTag(name, attributes.map((attribute) => attribute.name));
  for (const attribute of attributes) {
    if (attribute.value !== null && typeof attribute.value === 'object') {
      const source = String((attribute.value as { value?: unknown }).value ?? '');
      if (!isStaticData(source)) {
        problems.push(
          `Värdet \`{${source}}\` för \`${attribute.name}\` på \`<${name}>\` är kod. Ange text, ett tal eller en lista i JSON-form, t.ex. \`{["a", "b"]}\`.`,
        );
      }
    }
  }
  return problems;
}

/** Plain data written as JSON (`3`, `"text"`, `["a", "b"]`, `{ "a": 1 }`): nothing that can run. */
export function isStaticData(source: string): boolean {
  try {
    JSON.parse(source);
    return true;
  } catch {
    return false;
  }
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

const STATIC_NODES = new Set(['Program', 'ExpressionStatement', 'Literal', 'ArrayExpression', 'ObjectExpression', 'TemplateElement']);

/** An MDX `{...}` expression may hold a comment or a plain value, never code. */
export function isStaticExpression(node: EstreeNode | null): boolean {
  if (node === null) return true;
  const children = (): EstreeNode[] =>
    Object.entries(node)
      .filter(([key]) => !['type', 'start', 'end', 'loc', 'range', 'raw', 'value', 'comments'].includes(key))
      .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
      .filter((value): value is EstreeNode => value !== null && typeof value === 'object' && 'type' in value);
  switch (node.type) {
    case 'Property':
      return node['kind'] === 'init' && !node['computed'] && !node['method'] && isStaticExpression(node['value'] as EstreeNode);
    case 'TemplateLiteral':
      return (node['expressions'] as unknown[]).length === 0;
    case 'UnaryExpression':
      return (node['operator'] === '-' || node['operator'] === '+') && isStaticExpression(node['argument'] as EstreeNode);
    default:
      return STATIC_NODES.has(node.type) && children().every(isStaticExpression);
  }
}

export const expressionProblem = (source: string) =>
  `Uttrycket \`{${source.trim()}}\` är kod, och innehållsfiler får inte innehålla kod. Skriv texten direkt, eller en kommentar som \`{/* ... */}\`.`;

export const esmProblem = (source: string) =>
  `Raden \`${source.split('\n')[0]?.trim()}\` importerar eller exporterar kod. MDX-filer i \`content/\` får bara använda webbplatsens registrerade komponenter, utan egna \`import\` eller \`export\`.`;
