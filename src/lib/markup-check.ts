/**
 * Walks a markdown or MDX document with Sätteri, the parser Astro 7 renders with, and lists every
 * construct `safe-markup.ts` does not allow. The same plugin runs inside Astro's pipeline and, on
 * its own, over every file before the build (the content layer's cache would otherwise skip a file
 * whose render failed once and publish it empty).
 */
import { defineHastPlugin, markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { checkElementUrls, checkRawHtml, type MarkupProblem } from './safe-markup.ts';
import { checkJsxElement, esmProblem, expressionProblem, isStaticExpression } from './safe-mdx.ts';

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
    element: { filter: [], visit: (node) => add(node, checkElementUrls(node.tagName, node.properties)) },
    raw: (node) => add(node, checkRawHtml(node.value)),
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
  if (format === 'mdx') await mdxToJs(body, { hastPlugins });
  else await markdownToHtml(body, { hastPlugins });
  return problems;
}
