/**
 * Finds visitor-facing text written straight into an `.astro` template, which belongs in
 * `src/i18n/sv.ts` instead. The template is parsed with Astro's own compiler (the one the build
 * uses), so a `{…}` expression, a comment or a `<style>` is what the build sees it as.
 *
 * Reported: text nodes with a letter, anywhere in the markup (also in markup inside `{…}`); string
 * literals an expression renders (`{a && ', förlängd'}`, a template literal's text); literal text
 * in attributes a visitor reads or hears (`aria-label`, `title`, `alt`, `placeholder`); and literal
 * text passed to a component's props, which it shows (`caption`, `label`, a meta `description`).
 */
import { parse } from '@astrojs/compiler-rs';

export interface HardCodedText {
  /** 1-based line in the `.astro` file. */
  line: number;
  text: string;
}

/** HTML attributes whose value is read or heard by visitors. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);
/**
 * A component's props are text it shows (a `caption`, a `label`, a `description`), except these,
 * which name files, levels, slots or styles.
 */
const NOT_TEXT_PROPS = new Set(['slot', 'class', 'id', 'href', 'file', 'folder', 'level', 'headingClass']);
/**
 * Elements whose content is not words to translate: styles, scripts, and `<code>`, which holds
 * machine names (`schemaVersion`, `null`) that are the same in every language.
 */
const NOT_TEXT = new Set(['style', 'script', 'code']);
const LETTER = /\p{L}/u;

type Node = { type: string; start: number; [key: string]: unknown };

/** Every piece of hard-coded visible text in one `.astro` source, in source order. */
export function hardCodedText(source: string): HardCodedText[] {
  const { ast } = parse(source);
  const found: HardCodedText[] = [];
  const report = (node: Node, text: string) => {
    if (LETTER.test(text)) found.push({ line: lineOf(source, node.start), text: text.trim() });
  };
  for (const node of (ast['body'] as Node[] | undefined) ?? []) walkMarkup(node, report);
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Sentences in the frontmatter: string literals and template-literal text of two words or more,
 * outside imports and `new Error(...)` (developers' messages). Single words are left to review:
 * in the frontmatter they are as often ids and enum values (`'utgått'`) as text.
 */
export function frontmatterSentences(source: string): HardCodedText[] {
  const { ast } = parse(source);
  const found: HardCodedText[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'ImportDeclaration') return;
    if (n.type === 'NewExpression' && (n['callee'] as Node | undefined)?.['name'] === 'Error') return;
    const text = n.type === 'Literal' ? n['value'] : n.type === 'TemplateElement' ? (n['value'] as { cooked: string }).cooked : undefined;
    if (typeof text === 'string' && SENTENCE.test(text)) found.push({ line: lineOf(source, n.start), text: text.trim() });
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit((ast['frontmatter'] as Node | undefined)?.['program']);
  return found.sort((a, b) => a.line - b.line);
}

const SENTENCE = /\p{L}+\s+\p{L}+/u;

type Report = (node: Node, text: string) => void;

function walkMarkup(node: Node, report: Report): void {
  switch (node.type) {
    case 'JSXText':
      report(node, node['value'] as string);
      return;
    case 'JSXElement': {
      const opening = node['openingElement'] as Node;
      const name = elementName(opening['name'] as Node);
      const component = /^[A-Z]|\./.test(name);
      for (const attribute of opening['attributes'] as Node[]) walkAttribute(attribute, component, report);
      if (NOT_TEXT.has(name)) return;
      for (const child of node['children'] as Node[]) walkMarkup(child, report);
      return;
    }
    case 'JSXFragment':
      for (const child of node['children'] as Node[]) walkMarkup(child, report);
      return;
    case 'JSXExpressionContainer':
      walkRendered(node['expression'] as Node, report);
      return;
    default:
      return;
  }
}

function walkAttribute(attribute: Node, component: boolean, report: Report): void {
  if (attribute.type !== 'JSXAttribute') return;
  const value = attribute['value'] as Node | null;
  if (!value) return;
  const name = elementName(attribute['name'] as Node);
  const visible = component ? !NOT_TEXT_PROPS.has(name) && !name.startsWith('data-') : VISIBLE_ATTRIBUTES.has(name);
  if (value.type === 'Literal') {
    if (visible) report(value, String(value['value']));
    return;
  }
  if (value.type === 'JSXExpressionContainer') {
    const expression = value['expression'] as Node;
    // Markup passed as a prop is markup wherever it goes; a plain string only in a visible attribute.
    if (visible) walkRendered(expression, report);
    else walkNested(expression, report);
  }
}

/** An expression whose value is put on the page: its strings are text, its markup is markup. */
function walkRendered(expression: Node, report: Report): void {
  switch (expression.type) {
    case 'Literal':
      if (typeof expression['value'] === 'string') report(expression, expression['value']);
      return;
    case 'TemplateLiteral':
      for (const quasi of expression['quasis'] as Node[]) report(quasi, (quasi['value'] as { cooked: string }).cooked);
      for (const inner of expression['expressions'] as Node[]) walkRendered(inner, report);
      return;
    case 'LogicalExpression':
      // `a && 'text'` renders the right; `a ?? 'text'` and `a || 'text'` may render either.
      if (expression['operator'] !== '&&') walkRendered(expression['left'] as Node, report);
      else walkNested(expression['left'] as Node, report);
      walkRendered(expression['right'] as Node, report);
      return;
    case 'ConditionalExpression':
      walkNested(expression['test'] as Node, report);
      walkRendered(expression['consequent'] as Node, report);
      walkRendered(expression['alternate'] as Node, report);
      return;
    case 'BinaryExpression':
      if (expression['operator'] === '+') {
        walkRendered(expression['left'] as Node, report);
        walkRendered(expression['right'] as Node, report);
      } else walkNested(expression, report);
      return;
    case 'ParenthesizedExpression':
      walkRendered(expression['expression'] as Node, report);
      return;
    case 'ArrayExpression':
      for (const element of expression['elements'] as Node[]) if (element) walkRendered(element, report);
      return;
    case 'JSXElement':
    case 'JSXFragment':
      walkMarkup(expression, report);
      return;
    default:
      walkNested(expression, report);
  }
}

/**
 * Any other expression (a comparison, a call's arguments, a `.map` callback): its own strings are
 * data, not text, but markup inside it and what a callback returns are rendered.
 */
function walkNested(node: Node, report: Report): void {
  if (node.type === 'JSXElement' || node.type === 'JSXFragment') return walkMarkup(node, report);
  if (node.type === 'ArrowFunctionExpression' && node['expression']) return walkRendered(node['body'] as Node, report);
  if (node.type === 'ReturnStatement' && node['argument']) return walkRendered(node['argument'] as Node, report);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') walkNested(child as Node, report);
    }
  }
}

function elementName(name: Node): string {
  if (name.type === 'JSXIdentifier') return name['name'] as string;
  if (name.type === 'JSXNamespacedName') return `${elementName(name['namespace'] as Node)}:${elementName(name['name'] as Node)}`;
  if (name.type === 'JSXMemberExpression') return `${elementName(name['object'] as Node)}.${elementName(name['property'] as Node)}`;
  return '';
}

function lineOf(source: string, offset: number): number {
  // The compiler's offsets are UTF-8 byte offsets; count lines in the bytes before it.
  return Buffer.from(source).subarray(0, offset).toString().split('\n').length;
}
