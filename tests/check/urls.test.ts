/**
 * Published addresses never break: the manifest `content/urls.txt` records each one and the
 * entry it names; the check fails when one disappears or would name another entry.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { formatReport } from '../../src/check/report.ts';
import { hasErrors } from '../../src/plan/issues.ts';
import { formatManifest, parseManifest } from '../../src/check/url-manifest.ts';
import { scenario } from '../helpers/scenario.ts';

async function check(name: string) {
  const result = await checkContent(await scenario(name));
  return { ...result, report: formatReport(result.fileCount, result.issues) };
}

describe('addresses in the manifest', () => {
  it('deleting a published entry without a redirect fails, naming the URL and the fix', async () => {
    const { issues, report } = await check('removed-url');
    expect(hasErrors(issues)).toBe(true);
    expect(issues).toMatchObject([{ file: 'content/urls.txt', line: 10, code: 'url-removed' }]);
    expect(issues[0]?.message).toContain('/mal/vuxna/1-2/');
    expect(issues[0]?.message).toContain('status: utgått');
    expect(report).toMatchInlineSnapshot(`
      "content/urls.txt
        rad 10: Adressen \`/mal/vuxna/1-2/\` har publicerats för \`mal/vuxna-1-2\`, men filen \`content/mal/vuxna-1-2.md\` finns inte längre och ingen annan post har adressen i \`redirectFrom\`. Ta tillbaka filen och skriv \`status: utgått\` i den (sidan finns då kvar med en upplysning om att den har utgått), eller lägg till adressen i \`redirectFrom\` i den post som ersätter den:

              redirectFrom:
                - /mal/vuxna/1-2/

          Ska adressen vara borta för gott, skriv om raden till \`/mal/vuxna/1-2/ borttagen\` och en kort förklaring till läsarna. Webbservern svarar då att sidan är borttagen.

      13 filer kontrollerade: 1 fel i 1 fil."
    `);
  });

  it('doing what that message says (a redirect in the replacing entry) makes the check pass', async () => {
    const { root, contentDir } = await scenario('removed-url');
    const file = join(contentDir, 'mal/vuxna-1-1.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('number: 1\n', 'number: 1\nredirectFrom:\n  - /mal/vuxna/1-2/\n'));
    const { issues } = await checkContent({ root, contentDir });
    expect(hasErrors(issues)).toBe(false);
    expect(issues).toMatchObject([{ code: 'url-manifest-outdated', severity: 'warning' }]);
  });

  it('turning a published entry back into a draft fails: its page would disappear', async () => {
    const { root, contentDir } = await scenario('base');
    const file = join(contentDir, 'mal/vuxna-1-2.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('number: 2\n', 'number: 2\ndraft: true\n'));
    const { issues } = await checkContent({ root, contentDir });
    // An error, not a warning: a warning would let the build publish the site without the page.
    expect(issues).toMatchObject([{ file: 'content/mal/vuxna-1-2.md', line: 4, field: 'draft', code: 'url-removed', severity: 'error' }]);
    expect(hasErrors(issues)).toBe(true);
    expect(issues[0]?.message).toContain('status: utgått');
  });

  it('renumbering a goal without a redirect fails in the goal file, with the lines to add', async () => {
    const { issues, report } = await check('renumbered-without-redirect');
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ['content/mal/vuxna-1-2.md', 'url-removed'],
      ['content/urls.txt', 'url-not-recorded'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-2.md
        rad 2: Adressen \`/mal/vuxna/1-2/\` har publicerats för den här posten men skapas inte längre (posten har nu adressen \`/mal/vuxna/1-3/\`). Lägg till den gamla adressen i \`redirectFrom\`, så att länkar till den leder hit:

              redirectFrom:
                - /mal/vuxna/1-2/

      content/urls.txt
        Adressen \`/mal/vuxna/1-3/\` (från \`content/mal/vuxna-1-2.md\`) är ny och finns inte i förteckningen. Kör \`npm run urls:update\` och checka in \`content/urls.txt\` tillsammans med ändringen, så att adressen skyddas framöver.

      14 filer kontrollerade: 2 fel i 2 filer."
    `);
  });

  it('renumbering with `redirectFrom` (and the manifest updated) passes', async () => {
    const { issues } = await check('renumbered-goal');
    expect(issues).toEqual([]);
  });

  it('renaming a goal file keeps its address and passes, asking only to update the manifest', async () => {
    const { issues, produced } = await check('renamed-goal');
    expect(hasErrors(issues)).toBe(false);
    expect(issues).toMatchObject([{ severity: 'warning', code: 'url-manifest-outdated' }]);
    expect(produced.find((p) => p.url === '/mal/vuxna/1-2/')?.id).toBe('vuxna-1-2-paverka-sin-vard');
  });

  it('an address may not start to name a different goal', async () => {
    const { issues, report } = await check('rebound-url');
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ['content/mal/vuxna-1-2-ny.md', 'url-rebound'],
      ['content/urls.txt', 'url-not-recorded'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-2-ny.md
        rad 4: Adressen \`/mal/vuxna/1-2/\` har publicerats för \`mal/vuxna-1-2\`, men skulle nu visa den här posten. En publicerad adress får aldrig börja visa något annat, eftersom andra webbplatser länkar till den. Ändra \`targetGroup\`, \`focusArea\` eller \`number\` så att posten får en adress som aldrig har använts.

      content/urls.txt
        Adressen \`/mal/vuxna/1-3/\` (från \`content/mal/vuxna-1-2.md\`) är ny och finns inte i förteckningen. Kör \`npm run urls:update\` och checka in \`content/urls.txt\` tillsammans med ändringen, så att adressen skyddas framöver.

      15 filer kontrollerade: 2 fel i 2 filer."
    `);
  });

  it('withdrawing an entry keeps its address and passes', async () => {
    const { issues, produced } = await check('withdrawn-goal');
    expect(issues).toEqual([]);
    expect(produced.map((p) => p.url)).toContain('/mal/vuxna/1-2/');
  });
});

describe('the manifest file', () => {
  it('round-trips, sorted, with its explaining header', () => {
    const text = formatManifest([
      { url: '/mal/vuxna/3-2/', target: 'mal/vuxna-3-2' },
      { url: '/fokusomraden/a/', target: 'fokusomraden/a' },
    ]);
    expect(text.startsWith('# ')).toBe(true);
    expect(parseManifest(text, 'content/urls.txt').lines.map((l) => l.url)).toEqual(['/fokusomraden/a/', '/mal/vuxna/3-2/']);
  });

  it('reports an unreadable line and a duplicate address with their lines', () => {
    const { problems } = parseManifest('/a/ x/a\n/b/\n/a/ x/b\n', 'content/urls.txt');
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'url-manifest-syntax'],
      [3, 'url-manifest-duplicate'],
    ]);
  });
});
