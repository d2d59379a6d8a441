/**
 * Promise: each content-safety rule, on its own, stops the file it is broken in, at the line it is
 * broken on, naming the construct; and what the rules allow passes. Written against the editors'
 * check's output (file, line, code, the construct named in the message), not the rules' modules,
 * so that rewriting the rules keeps these tests meaningful. The whole report for the unsafe
 * fixtures is pinned by a snapshot in tests/unit/content-safety.test.ts.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { scenario } from '../helpers/scenario.ts';

/** The base plan with one line of the assignment's body replaced; returns the issues and that line. */
async function checkLine(line: string, format: 'md' | 'mdx') {
  const { root, contentDir } = await scenario('base');
  const original = join(contentDir, 'uppdrag/testuppdrag.md');
  const text = await readFile(original, 'utf8');
  const frontMatterEnd = text.lastIndexOf('---\n') + 4;
  const body = `\n## Bakgrund\n\nEn vanlig mening före.\n\n${line}\n\nEn vanlig mening efter.\n`;
  await rm(original);
  await writeFile(join(contentDir, `uppdrag/testuppdrag.${format}`), text.slice(0, frontMatterEnd) + body);
  const lineNumber = text.slice(0, frontMatterEnd).split('\n').length - 1 + body.split('\n').indexOf(line) + 1;
  const { issues } = await checkContent({ root, contentDir });
  return { issues, file: `content/uppdrag/testuppdrag.${format}`, lineNumber };
}

/** [rule, format, the offending line, what the message must name]. */
const UNSAFE: [string, 'md' | 'mdx', string, string][] = [
  ['a <script> element', 'md', '<script>alert(1)</script>', '`<script>`'],
  ['an element outside the allowlist (<iframe>)', 'md', '<iframe title="x"></iframe>', '`<iframe>`'],
  ['a raw HTML link (<a>), which markdown writes instead', 'md', '<a href="https://exempel.se/">länk</a>', '`<a>`'],
  ['an event-handler attribute', 'md', '<span onmouseover="alert(1)">text</span>', '`onmouseover`'],
  ['a style attribute', 'md', '<span style="color: red">text</span>', '`style`'],
  ['a javascript: link in markdown', 'md', '[länk](javascript:alert(1))', '`javascript:`'],
  ['a data: link in markdown', 'md', '[länk](data:text/html;base64,PHNjcmlwdD4=)', '`data:`'],
  ['a javascript: link hidden behind a character reference', 'md', '[länk](jav&#x61;script:alert(1))', '`javascript:`'],
  ['an image from another site', 'md', '![Karta](https://annan.example/karta.png)', 'annan.example/karta.png'],
  ['an image from another site without a scheme', 'md', '![Karta](//annan.example/karta.png)', '//annan.example/karta.png'],
  ['an MDX import', 'mdx', "import fs from 'node:fs'", '`import fs from'],
  ['an MDX export', 'mdx', 'export const a = 1', '`export const a = 1`'],
  ['an MDX expression that computes', 'mdx', 'Summan är {1 + 1}.', '`{1 + 1}`'],
  ['an MDX attribute whose value is code', 'mdx', '<span title={() => alert(1)}>text</span>', '() => alert(1)'],
  ['an MDX component the site does not register', 'mdx', '<Okand lista={["a", "b"]} tal={3} />', '`<Okand>`'],
  ['an MDX spread attribute', 'mdx', '<span {...props}>text</span>', '`{...props}`'],
  ['an MDX event handler', 'mdx', '<span onClick="x">text</span>', '`onclick`'],
];

/** [what is allowed, format, the line]. */
const SAFE: [string, 'md' | 'mdx', string][] = [
  ['an abbreviation with a title', 'md', '<abbr title="Västra Götalandsregionen">VGR</abbr> samordnar.'],
  ['a span with a language', 'md', 'Det kallas <span lang="en">peer support</span>.'],
  ['an HTML comment', 'md', '<!-- en anteckning till redaktören -->'],
  ['markdown links with allowed schemes and site paths', 'md', '[Webb](https://exempel.se/), [mejl](mailto:a@exempel.se), [tel](tel:+46101234567), [mål](/mal/)'],
  ['an image from the site itself', 'md', '![Karta](/bilder/karta.png)'],
  ['an MDX comment and a plain value', 'mdx', 'Text {/* en kommentar */} och {"mer text"}.'],
];

describe('each content-safety rule, through the editors’ check', () => {
  it.each(UNSAFE)('stops %s, at its line', async (_rule, format, line, named) => {
    const { issues, file, lineNumber } = await checkLine(line, format);
    const unsafe = issues.filter((issue) => issue.code === 'unsafe-markup');
    expect(unsafe.length).toBeGreaterThanOrEqual(1);
    for (const issue of unsafe) expect(issue).toMatchObject({ file, line: lineNumber, severity: 'error' });
    expect(unsafe.map((issue) => issue.message).join('\n')).toContain(named);
  });

  it.each(SAFE)('lets %s through', async (_what, format, line) => {
    const { issues } = await checkLine(line, format);
    expect(issues.filter((issue) => issue.code === 'unsafe-markup')).toEqual([]);
  });
});
