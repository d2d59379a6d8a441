/**
 * Astro clears its content cache when its own config or content.config.ts changes, but not when
 * a schema module they import changes: a stale cache then feeds entries parsed by the old schema
 * to new templates (e.g. a new defaulted field is missing). This clears the cache whenever the
 * files in src/schemas change.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const SCHEMAS = new URL('../schemas/', import.meta.url);

export function schemaDigest(dir: URL = SCHEMAS): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(new URL(file, dir)));
  return hash.digest('hex');
}

export default function schemaCache(): AstroIntegration {
  return {
    name: 'hph:schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const stamp = new URL('schema-digest.txt', config.cacheDir);
        const digest = schemaDigest();
        const previous = (() => {
          try {
            return readFileSync(stamp, 'utf8');
          } catch {
            return undefined;
          }
        })();
        if (previous === digest) return;
        rmSync(new URL('data-store.json', config.cacheDir), { force: true });
        mkdirSync(config.cacheDir, { recursive: true });
        writeFileSync(stamp, digest);
        if (previous) logger.info('Schemas changed: cleared the content cache.');
      },
    },
  };
}
