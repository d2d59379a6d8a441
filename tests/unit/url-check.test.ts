/**
 * The URL ledger's rule (src/check/url-check.ts), one case per branch, on hand-made inputs: what
 * the content publishes now against what `content/urls.txt` recorded. Every published address
 * must keep working and keep naming the same entry; every new one must be recorded. The check's
 * scenario tests (tests/check/urls.test.ts) show the same rules on whole plans.
 */
import { describe, expect, it } from 'vitest';
import { checkUrls, type UrlCheckInput } from '../../src/check/url-check.ts';
import { parseContentFile, type ContentFile } from '../../src/check/read-content.ts';
import type { ManifestLine } from '../../src/check/url-manifest.ts';
import { error, warning } from '../../src/plan/issues.ts';
import type { PageUrl } from '../../src/plan/published-urls.ts';

const MANIFEST = 'content/urls.txt';

function goalFile(id: string, frontMatter = 'title: Mål\nredirectFrom:\n  - /gammal/'): ContentFile {
  const file = parseContentFile('goals', `content/mal/${id}.md`, `---\n${frontMatter}\ndraft: false\n---\n\nText.\n`);
  if (Array.isArray(file)) throw new Error(file[0]?.message);
  return file;
}
const page = (url: string, id: string, redirect = false, field = 'targetGroup, focusArea, number'): PageUrl => ({
  url, file: `content/mal/${id}.md`, id, field: redirect ? 'redirectFrom' : field, redirect, collection: 'goals',
});
const line = (url: string, target: string, at: number, removed?: string): ManifestLine => ({ url, target, line: at, removed });

function check(overrides: Partial<UrlCheckInput>) {
  return checkUrls({ manifest: [], manifestFile: MANIFEST, produced: [], files: [], invalid: [], drafts: [], unreadable: [], ...overrides });
}

describe('without a manifest', () => {
  it('warns that old addresses could not be checked, and says how to create it', () => {
    expect(check({ manifest: undefined, produced: [page('/mal/vuxna/3-2/', 'vuxna-3-2')] })).toEqual([
      warning({
        file: MANIFEST, code: 'url-manifest-missing',
        message: 'Förteckningen över publicerade adresser saknas, så det gick inte att kontrollera att gamla adresser fortsätter fungera. Skapa den med `npm run urls:update` och checka in den.',
      }),
    ]);
  });
});

describe('recorded addresses', () => {
  const a = goalFile('vuxna-3-2');

  it('pass when each is still produced for the same entry, as a page or a redirect', () => {
    expect(check({
      manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 6), line('/gammal/', 'mal/vuxna-3-2', 7)],
      produced: [page('/mal/vuxna/3-2/', 'vuxna-3-2'), page('/gammal/', 'vuxna-3-2', true)],
      files: [a],
    })).toEqual([]);
  });

  it('ask to update the ledger when an address removed on purpose is produced again', () => {
    expect(check({
      manifest: [line('/mal/vuxna/3-2/', '', 6, 'Borta.'), line('/annan/', '', 7, 'Borta.')],
      produced: [page('/mal/vuxna/3-2/', 'vuxna-3-2')],
      files: [a],
    })).toEqual([
      warning({
        file: MANIFEST, line: 6, code: 'url-manifest-outdated',
        message: 'Adressen `/mal/vuxna/3-2/` står som borttagen, men `mal/vuxna-3-2` har den nu. Kör `npm run urls:update` så att förteckningen stämmer.',
      }),
    ]);
  });

  it('ask to update the ledger when a redirect now leads to another entry, or the entry was renamed', () => {
    const b = goalFile('vuxna-3-3');
    expect(check({
      manifest: [line('/gammal/', 'mal/vuxna-3-2', 6), line('/mal/vuxna/3-3/', 'mal/vuxna-3-9', 7)],
      produced: [page('/gammal/', 'vuxna-3-3', true), page('/mal/vuxna/3-3/', 'vuxna-3-3'), page('/mal/vuxna/3-2/', 'vuxna-3-2')],
      files: [a, b],
    }).filter((issue) => issue.code === 'url-manifest-outdated')).toEqual([
      warning({
        file: MANIFEST, line: 6, code: 'url-manifest-outdated',
        message: 'Adressen `/gammal/` visar nu `mal/vuxna-3-3` (förut `mal/vuxna-3-2`). Kör `npm run urls:update` så att förteckningen stämmer.',
      }),
      warning({
        file: MANIFEST, line: 7, code: 'url-manifest-outdated',
        message: 'Adressen `/mal/vuxna/3-3/` visar nu `mal/vuxna-3-3` (förut `mal/vuxna-3-9`). Kör `npm run urls:update` så att förteckningen stämmer.',
      }),
    ]);
  });

  it('refuse a page address that would start to show another entry, on the line of the field that decides it', () => {
    const b = goalFile('vuxna-3-3', 'title: Mål\ntargetGroup: vuxna\nnumber: 2');
    const refused = (field: string, fields: string, at: number) => error({
      file: 'content/mal/vuxna-3-3.md', line: at, code: 'url-rebound', field,
      message:
        'Adressen `/mal/vuxna/3-2/` har publicerats för `mal/vuxna-3-2`, men skulle nu visa den här posten. En publicerad adress får aldrig börja visa något annat, ' +
        `eftersom andra webbplatser länkar till den. Ändra ${fields} så att posten får en adress som aldrig har använts.`,
    });
    const rebound = (extra: Partial<UrlCheckInput>) =>
      check({ manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 6)], produced: [page('/mal/vuxna/3-2/', 'vuxna-3-3')], files: [b], ...extra });
    // The entry it named still exists, so this is no rename.
    expect(rebound({ files: [a, b] })).toEqual([refused('targetGroup, focusArea, number', '`targetGroup`, `focusArea` eller `number`', 3)]);
    // Its file is unreadable: it exists, broken; no rename either.
    expect(rebound({ unreadable: ['mal/vuxna-3-2'], produced: [page('/mal/vuxna/3-2/', 'vuxna-3-3', false, 'number')] })).toEqual([refused('number', '`number`', 4)]);
    // The entry now shown already has an address of its own in the ledger.
    expect(rebound({ manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 6), line('/mal/vuxna/3-3/', 'mal/vuxna-3-3', 7)] }).filter((i) => i.code === 'url-rebound')).toEqual([
      refused('targetGroup, focusArea, number', '`targetGroup`, `focusArea` eller `number`', 3),
    ]);
    // Otherwise the entry was renamed: only the ledger is out of date.
    expect(rebound({}).map((issue) => issue.code)).toEqual(['url-manifest-outdated']);
    // No line where the file is not among those read.
    expect(rebound({ files: [a] })).toEqual([{ ...refused('targetGroup, focusArea, number', '`targetGroup`, `focusArea` eller `number`', 3), line: undefined }]);
  });

  it('refuse an address whose entry is now a draft, on the line of `draft`', () => {
    expect(check({ manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 6)], files: [a], drafts: [a] })).toEqual([
      error({
        file: 'content/mal/vuxna-3-2.md', line: 5, code: 'url-removed', field: 'draft',
        message:
          'Adressen `/mal/vuxna/3-2/` är publicerad, men posten är nu ett utkast (`draft: true`), så sidan skulle försvinna. Ta bort `draft: true`. Ska posten inte längre ingå i planen, skriv `status: utgått` i stället: då finns sidan kvar med en upplysning om att den har utgått.',
      }),
    ]);
  });

  it('ask for a redirect when the entry still exists but no longer produces the address', () => {
    const message = (url: string, now: string) =>
      `Adressen \`${url}\` har publicerats för den här posten men skapas inte längre${now}. Lägg till den gamla adressen i \`redirectFrom\`, så att länkar till den leder hit:\n\n    redirectFrom:\n      - ${url}`;
    expect(check({
      manifest: [line('/mal/vuxna/3-1/', 'mal/vuxna-3-2', 6), line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 7), line('/gammal/', 'mal/vuxna-3-2', 8)],
      produced: [page('/mal/vuxna/3-2/', 'vuxna-3-2'), page('/gammal/', 'vuxna-3-2', true)],
      files: [a],
    })).toEqual([
      error({ file: 'content/mal/vuxna-3-2.md', line: 3, code: 'url-removed', field: 'redirectFrom', message: message('/mal/vuxna/3-1/', ' (posten har nu adressen `/mal/vuxna/3-2/`)') }),
    ]);
    const plain = goalFile('vuxna-3-4', 'title: Mål');
    expect(check({ manifest: [line('/mal/vuxna/3-4/', 'mal/vuxna-3-4', 9)], files: [plain] })).toEqual([
      error({ file: 'content/mal/vuxna-3-4.md', line: 2, code: 'url-removed', field: 'redirectFrom', message: message('/mal/vuxna/3-4/', '') }),
    ]);
  });

  it('leave an address to the schema’s message when its entry is invalid or unreadable', () => {
    expect(check({ manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 6)], files: [a], invalid: [a] })).toEqual([]);
    expect(check({ manifest: [line('/mal/vuxna/3-9/', 'mal/vuxna-3-9', 6)], unreadable: ['mal/vuxna-3-9'] })).toEqual([]);
  });

  it('refuse an address whose entry is gone, on the ledger’s line, with both ways to fix it', () => {
    expect(check({ manifest: [line('/mal/vuxna/3-9/', 'mal/vuxna-3-9', 6)], files: [a], drafts: [a], invalid: [a] })).toEqual([
      error({
        file: MANIFEST, line: 6, code: 'url-removed',
        message:
          'Adressen `/mal/vuxna/3-9/` har publicerats för `mal/vuxna-3-9`, men filen `content/mal/vuxna-3-9.md` finns inte längre och ingen annan post har adressen i `redirectFrom`. ' +
          'Ta tillbaka filen och skriv `status: utgått` i den (sidan finns då kvar med en upplysning om att den har utgått), ' +
          'eller lägg till adressen i `redirectFrom` i den post som ersätter den:\n\n    redirectFrom:\n      - /mal/vuxna/3-9/\n\n' +
          'Ska adressen vara borta för gott, skriv om raden till `/mal/vuxna/3-9/ borttagen` och en kort förklaring till läsarna. Webbservern svarar då att sidan är borttagen.',
      }),
    ]);
  });

  it('leave an address two entries claim to the plan’s duplicate-url rule', () => {
    const b = goalFile('vuxna-3-3');
    expect(check({
      manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-9', 6)],
      produced: [page('/mal/vuxna/3-2/', 'vuxna-3-2'), page('/mal/vuxna/3-2/', 'vuxna-3-3', true)],
      files: [a, b],
    })).toEqual([]);
  });
});

describe('new addresses', () => {
  it('must be recorded, each named with the file it comes from', () => {
    const a = goalFile('vuxna-3-2');
    expect(check({
      manifest: [line('/mal/vuxna/3-2/', 'mal/vuxna-3-2', 6), line('/borta/', '', 7, 'Borta.')],
      produced: [page('/mal/vuxna/3-2/', 'vuxna-3-2'), page('/gammal/', 'vuxna-3-2', true), page('/borta/', 'vuxna-3-2', true), page('/delad/', 'vuxna-3-2'), page('/delad/', 'vuxna-3-3')],
      files: [a],
    })).toEqual([
      warning({
        file: MANIFEST, line: 7, code: 'url-manifest-outdated',
        message: 'Adressen `/borta/` står som borttagen, men `mal/vuxna-3-2` har den nu. Kör `npm run urls:update` så att förteckningen stämmer.',
      }),
      error({
        file: MANIFEST, code: 'url-not-recorded',
        message: 'Adressen `/gammal/` (från `content/mal/vuxna-3-2.md`) är ny och finns inte i förteckningen. Kör `npm run urls:update` och checka in `content/urls.txt` tillsammans med ändringen, så att adressen skyddas framöver.',
      }),
    ]);
  });
});
