/**
 * `astro dev` builds nothing to disk, so it has no search index. Rather than let `/sok/` fail
 * silently, the dev server serves the index from the last `astro build`, and says so; without
 * one, the search page itself tells the developer to build first.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';

interface DevServer {
  middlewares: {
    use(path: string, handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void;
  };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves the files of `indexDir` under `/pagefind/`. */
export function serveLastIndex(server: DevServer, indexDir: string, logger: AstroIntegrationLogger): void {
  logger.info(
    existsSync(indexDir)
      ? `Sökningen använder sökindexet från det senaste bygget (${indexDir}). Kör \`npm run build\` för att uppdatera det.`
      : 'Det finns inget sökindex ännu. Kör `npm run build` en gång, så fungerar sökningen även i `npm run dev`.',
  );
  server.middlewares.use('/pagefind', (req, res, next) => {
    const path = join(indexDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (!path.startsWith(`${indexDir}${sep}`) || !existsSync(path) || !statSync(path).isFile()) return next();
    res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-store');
    createReadStream(path).pipe(res);
  });
}
