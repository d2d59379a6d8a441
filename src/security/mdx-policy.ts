/**
 * What MDX in `content/` may hold beyond markdown: the site's registered components and the allowed
 * HTML tags, with plain data as values, and `{...}` expressions that are comments or plain values.
 * Code would run during the build with the build's permissions, and `set:html`, spreads or an
 * unknown component could write any HTML, so none of them is allowed.
 */
import { checkTag } from './markup-policy.ts';

/**
 * Components an MDX file in `content/` may use, by name, with the props each takes. The pages pass
 * no components to `<Content />` today, so the list is empty: register a component here and in the
 * page that renders the collection at the same time.
 */
export const MDX_COMPONENTS: Record<string, readonly string[]> = {};

/** An MDX element written by the editor: an allowed lower-case HTML tag, or a registered component. */
export function checkJsxElement(name: string | null, attributes: { name: string; value: unknown }[]): string[] {
  if (name === null) return []; // a fragment, <>...</>
  const props = Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
  if (props === undefined && /[A-Z.:]/.test(name)) {
    const known = Object.keys(MDX_COMPONENTS);
    return [
      `Komponenten \`<${name}>\` finns inte för innehållsfiler. ` +
        (known.length > 0 ? `Använd någon av ${known.map((k) => `\`<${k}>\``).join(', ')}, eller skriv innehållet med markdown.` : 'Skriv innehållet med markdown.'),
    ];
  }
  const names = attributes.map((attribute) => attribute.name);
  const problems = props === undefined
    ? checkTag(name, names)
    : names.filter((prop) => !props.includes(prop)).map((prop) => `\`<${name}>\` har ingen egenskap \`${prop}\`.`);
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

/** An MDX file the compiler cannot read: its message (`3:1: Unexpected …`) with the line in the file. */
export function mdxSyntaxProblem(error: unknown, lineOffset: number): { line: number | undefined; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+):\s*/.exec(text);
  const detail = (at ? text.slice(at[0].length) : text).split('\n')[0]!.replace(/\s*\([\w:-]+\)$/, '');
  return {
    line: at ? Number(at[1]) + lineOffset : undefined,
    message:
      `MDX-koden kan inte läsas: ${detail}. Kontrollera att varje \`<\` och \`{\` är avslutad, ` +
      'eller byt filändelse till `.md` om filen inte behöver MDX (skriv då `&lt;` för ett ensamt `<`).',
  };
}

export const esmProblem = (source: string) =>
  `Raden \`${source.split('\n')[0]?.trim()}\` importerar eller exporterar kod. MDX-filer i \`content/\` får bara använda webbplatsens registrerade komponenter, utan egna \`import\` eller \`export\`.`;
