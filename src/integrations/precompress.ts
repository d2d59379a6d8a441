/**
 * Writes a gzip copy next to every text file in `dist/` (`page.html.gz`), which nginx sends as
 * it is (`gzip_static`) instead of compressing each response again. Runs last, when every file
 * is final. Copies that would not be smaller are not written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

export const COMPRESSED_TYPES = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt'];

export default function precompress(): AstroIntegration {
  return {
    name: 'hph:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const entries = await readdir(dist, { recursive: true, withFileTypes: true });
        let raw = 0;
        let packed = 0;
        let count = 0;
        for (const entry of entries) {
          if (!entry.isFile() || !COMPRESSED_TYPES.some((ext) => entry.name.endsWith(ext))) continue;
          const path = join(entry.parentPath, entry.name);
          const data = await readFile(path);
          const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
          if (gz.length >= data.length) continue;
          await writeFile(`${path}.gz`, gz);
          raw += data.length;
          packed += gz.length;
          count += 1;
        }
        logger.info(`gzip: ${count} filer, ${Math.round(raw / 1024)} kB → ${Math.round(packed / 1024)} kB.`);
      },
    },
  };
}
