/**
 * Serves a built site the way a static host that reads `_headers` does (Netlify, Cloudflare
 * Pages): every matching rule's headers are sent, and a header set by two rules is combined. The
 * browser tests then run under the real Content-Security-Policy from both header and meta tag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses `_headers`: a path pattern at the start of a line, indented `Name: value` lines under it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (match && rules.length > 0) rules.at(-1)!.headers.push([match[1]!.trim(), match[2]!.trim()]);
  }
  return rules;
}

function applyHeaders(rules: HeaderRule[], path: string, res: ServerResponse) {
  const combined = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) combined.set(name, [...(combined.get(name) ?? []), value]);
  }
  for (const [name, values] of combined) res.setHeader(name, values.join(', '));
}

export async function serveSite(distDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const headersPath = join(distDir, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const serve = sirv(distDir, {
    dev: false,
    etag: false,
    extensions: ['html'],
    setHeaders: (res, pathname) => applyHeaders(rules, pathname, res),
  });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      applyHeaders(rules, new URL(req.url ?? '/', 'http://x').pathname, res);
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(join(distDir, '404.html')) ? readFileSync(join(distDir, '404.html'), 'utf8') : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
