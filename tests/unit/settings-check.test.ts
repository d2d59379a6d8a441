/**
 * `content/installningar.yml` in the editors' check (src/check/settings-check.ts), on a folder
 * holding only that file: each mistake gets its line, its English field, its code and the
 * Swedish sentence of the build's own error map.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSettings, SETTINGS_NAME } from '../../src/check/settings-check.ts';

async function check(text: string | undefined) {
  const root = await mkdtemp(join(tmpdir(), 'hph-settings-'));
  if (text !== undefined) await writeFile(join(root, SETTINGS_NAME), text);
  return checkSettings(root, join(root, '..'));
}

describe('the site settings in the check', () => {
  it('are optional, and pass when right', async () => {
    expect(SETTINGS_NAME).toBe('installningar.yml');
    expect(await check(undefined)).toEqual([]);
    expect(await check('siteUrl: https://example.se/\npublisher:\n  - VGR\n')).toEqual([]);
  });

  it('report YAML that cannot be read, on its line', async () => {
    const issues = await check('publisher:\n  - VGR\nsiteUrl: a\nsiteUrl: b\n');
    expect(issues.map(({ line, code, message }) => [line, code, message])).toEqual([[
      4, 'broken-yaml', 'Raden går inte att läsa som YAML (Map keys must be unique). Jämför med exemplen i filens kommentarer.',
    ]]);
    expect(issues[0]!.file).toMatch(/^hph-settings-\w+\/installningar\.yml$/);
  });

  it('refuse aliases, as the build does, on the line of the first one', async () => {
    const issues = await check('publisher: &p\n  - VGR\nrepository:\n  url: *p\n  host: *p\n');
    expect(issues.map(({ line, code, message }) => [line, code, message])).toEqual([[
      4, 'broken-yaml', 'Raden hänvisar till ett annat värde (`*namn`), och det går inte i inställningarna. Skriv ut värdet i stället.',
    ]]);
  });

  it('name each wrong, missing and unknown field with its code and line', async () => {
    const issues = await check([
      '# Inställningar',
      'siteUrl: psykiskhalsa.se',
      'repository:',
      '  host: bitbucket',
      '  branch: "grenen med mellanslag"',
      '  extra: 1',
      'contactEmail: nej',
      'kontakt: nej',
    ].join('\n'));
    expect(issues.map(({ line, code, field }) => [line, code, field])).toEqual([
      [2, 'wrong-format', 'siteUrl'],
      [4, 'unknown-value', 'repository.host'],
      // A pattern the value does not match (Zod's `invalid_format`) has no code of its own here.
      [5, 'invalid-value', 'repository.branch'],
      [6, 'unknown-field', 'repository.extra'],
      [undefined, 'missing-field', 'publisher'],
      [7, 'wrong-format', 'contactEmail'],
      [8, 'unknown-field', 'kontakt'],
    ]);
    expect(issues.find((issue) => issue.field === 'repository.extra')?.message).toBe(
      'Fältet `extra` finns inte i inställningarna. Fälten som finns är `url`, `host`, `branch`.',
    );
    expect(issues.find((issue) => issue.field === 'publisher')?.message).toBe(
      'Fältet `publisher` saknas. Lägg till `publisher:` följt av en lista med text.',
    );
  });

  it('call a wrong type and a too short list by their codes, and an empty file a missing field', async () => {
    expect((await check('publisher: []\nsiteUrl: 3\n')).map(({ line, code, field }) => [line, code, field])).toEqual([
      [2, 'wrong-type', 'siteUrl'],
      [1, 'too-small', 'publisher'],
    ]);
    expect((await check('')).map(({ code, field }) => [code, field])).toEqual([['missing-field', 'publisher']]);
    expect((await check('[]')).map(({ code, field }) => [code, field])).toEqual([['wrong-type', undefined]]);
  });
});
