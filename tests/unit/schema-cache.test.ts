import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import schemaCache, { schemaDigest } from '../../src/integrations/schema-cache.ts';

function runSetup(cacheDir: string) {
  const hook = schemaCache().hooks['astro:config:setup'] as unknown as (options: object) => void;
  const messages: string[] = [];
  hook({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, logger: { info: (m: string) => messages.push(m) } });
  return messages;
}

describe('the schema cache guard', () => {
  it('clears the content store when the schemas differ from the last build, and only then', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'hph-schema-cache-'));
    const store = join(cacheDir, 'data-store.json');
    writeFileSync(join(cacheDir, 'schema-digest.txt'), 'digest-of-older-schemas');
    writeFileSync(store, '[]');

    expect(runSetup(cacheDir)).toEqual(['Schemas changed: cleared the content cache.']);
    expect(existsSync(store)).toBe(false);
    expect(readFileSync(join(cacheDir, 'schema-digest.txt'), 'utf8')).toBe(schemaDigest());

    writeFileSync(store, '[]');
    expect(runSetup(cacheDir)).toEqual([]);
    expect(existsSync(store)).toBe(true);
  });
});
