/**
 * Walks a markdown or MDX document with Sätteri, the parser Astro 7 renders with, and lists every
 * construct `markup-policy.ts` does not allow. The same plugin runs inside Astro's pipeline and, on
 * its own, over every file before the build (the content layer's cache would otherwise skip a file
 * whose render failed once and publish it empty).
 */
import { defineHastPlugin, markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { tokenize } from './html-tokens.ts';
import { checkElementUrls, checkTag, rawHtmlProblems, type MarkupProblem } from './markup-policy.ts';
import { checkJsxElement, esmProblem, expressionProblem, isStaticExpression, mdxSyntaxProblem } from './mdx-policy.ts';

interface Positioned {
  position?: { start: { line: number } } | undefined;
}
interface JsxNode extends Positioned {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function checkJsx(node: JsxNode): string[] {
  const spreads = node.attributes
    .filter((attribute) => attribute.type !== 'mdxJsxAttribute')
    .map((attribute) => `\`<${node.name ?? ''}>\` har attributet \`{${String(attribute.value)}}\`, som är kod.`);
  const named = node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' ? [{ name: attribute.name ?? '', value: attribute.value }] : [],
  );
  return [...spreads, ...checkJsxElement(node.name, named)];
}

type Estree = Parameters<typeof isStaticExpression>[0];

/** Table columns aligned with `:---:` get a `style` attribute, which the site's policy blocks. */
const alignment = (properties: Record<string, unknown>) =>
  'style' in properties
    ? ['Tabellen justerar en kolumn med kolon (`:---`, `---:`). Det stöds inte: skriv raden under rubrikerna med bara bindestreck, t.ex. `| --- | --- |`.']
    : [];

/** Elements and attributes markdown itself writes (headings, lists, tables, footnotes, task lists). */
const MARKDOWN_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'img', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'br', 'table',
  'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'del', 'sup', 'section', 'input',
]);
const MARKDOWN_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'id', 'class', 'start', 'type', 'checked', 'disabled', 'aria-describedby', 'aria-label',
  'data-footnote-ref', 'data-footnote-backref', 'data-footnotes',
]);

/**
 * A second look, at the whole page body as the browser will get it: every tag in the rendered HTML
 * must be one markdown writes or one the policy allows. It only speaks when the first look, piece
 * by piece, found nothing, which would mean the pieces combined into something neither saw.
 */
export function renderedHtmlProblems(html: string): string[] {
  const { tags, doctypes, unfinished } = tokenize(html);
  const problems = tags
    .filter((tag) => !tag.closing)
    .flatMap((tag) => {
      const name = MARKDOWN_TAGS.has(tag.name) ? 'span' : tag.name;
      const own = tag.attributes.filter((a) => !MARKDOWN_ATTRIBUTES.has(a.name) || (tag.name === 'input' && a.name === 'type' && a.value !== 'checkbox'));
      return checkTag(name, own.map((a) => a.name)).map((message) => message.replace('`<span>`', `\`<${tag.name}>\``));
    });
  if (doctypes.length > 0 || unfinished !== undefined) problems.push('Texten blir HTML-kod som inte är avslutad.');
  return problems.map((message) => `${message} Felet uppstår när markdown och HTML-koden i filen sätts ihop; kontrollera HTML-koden i filen.`);
}

/**
 * A hast plugin that adds a problem for each unsafe construct. `lineOffset` is the number of lines
 * before the body (the front matter), so lines are the editor's lines in the file.
 */
export function markupSafetyPlugin(problems: MarkupProblem[], lineOffset = 0, after?: () => void): HastPluginDefinition {
  const add = (node: Positioned, messages: string[]) => {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    for (const message of messages) problems.push({ line, message });
  };
  const expression = (node: Positioned & { value: string; parseExpression(): unknown }) => {
    if (!isStaticExpression(node.parseExpression() as Estree)) add(node, [expressionProblem(node.value)]);
  };
  return defineHastPlugin({
    name: 'hph-markup-safety',
    options: { position: true },
    element: { filter: [], visit: (node) => add(node, [...checkElementUrls(node.tagName, node.properties), ...alignment(node.properties)]) },
    raw: (node) => {
      const first = node.position ? node.position.start.line + lineOffset : undefined;
      for (const { line, message } of rawHtmlProblems(node.value)) problems.push({ line: first === undefined ? undefined : first + line - 1, message });
    },
    mdxJsxFlowElement: { filter: [], visit: (node) => add(node, checkJsx(node as JsxNode)) },
    mdxJsxTextElement: { filter: [], visit: (node) => add(node, checkJsx(node as JsxNode)) },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxjsEsm: (node) => add(node, [esmProblem(node.value)]),
    ...(after ? { after } : {}),
  });
}

/** Every problem in one document body (front matter already removed). */
export async function checkMarkup(body: string, format: 'markdown' | 'mdx', lineOffset = 0): Promise<MarkupProblem[]> {
  const problems: MarkupProblem[] = [];
  const hastPlugins = [markupSafetyPlugin(problems, lineOffset)];
  try {
    if (format === 'mdx') await mdxToJs(body, { hastPlugins });
    else {
      const { html } = await markdownToHtml(body, { hastPlugins });
      if (problems.length === 0) problems.push(...renderedHtmlProblems(html).map((message) => ({ line: undefined, message })));
    }
  } catch (error) {
    // The compiler's own words, with the line in the file: an MDX syntax error is an editor's mistake.
    return [mdxSyntaxProblem(error, lineOffset)];
  }
  return problems;
}
