/**
 * Compares two builds of the same commit byte for byte. A difference is either listed, with its
 * reason, in `scripts/reproducible-allowlist.json`, or it is a problem: the site must not depend
 * on when, where or how often it was built.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listFiles } from './site-pages.ts';

export interface AllowedDifference {
  /** A path in `dist/`, or a pattern with `*` for any characters within one folder, e.g. `pagefind/*.pf_meta`. */
  path: string;
  /** Why this file cannot be made stable. */
  reason: string;
}

export interface Difference {
  path: string;
  /** `only in first`, `only in second`, or where the content first differs. */
  detail: string;
}

export const ALLOWLIST_FILE = resolve(import.meta.dirname, '../reproducible-allowlist.json');

export async function readAllowlist(): Promise<AllowedDifference[]> {
  const { exceptions } = JSON.parse(await readFile(ALLOWLIST_FILE, 'utf8')) as { exceptions: AllowedDifference[] };
  for (const entry of exceptions) {
    if (!entry.path || !entry.reason?.trim()) throw new Error(`Undantaget ${JSON.stringify(entry)} i ${ALLOWLIST_FILE} saknar \`path\` eller \`reason\`.`);
  }
  return exceptions;
}

const matcher = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** Where two buffers first differ, with a little of each side, so the cause can be found. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, i - 30), i + 30).toString('utf8'));
  return `differs at byte ${i}: ${around(a)} vs ${around(b)}`;
}

export async function compareBuilds(first: string, second: string, allowed: AllowedDifference[]) {
  const [a, b] = await Promise.all([listFiles(first), listFiles(second)]);
  const differences: Difference[] = [];
  for (const path of new Set([...a, ...b])) {
    if (!b.includes(path)) differences.push({ path, detail: 'only in first build' });
    else if (!a.includes(path)) differences.push({ path, detail: 'only in second build' });
    else {
      const [x, y] = await Promise.all([readFile(join(first, path)), readFile(join(second, path))]);
      if (!x.equals(y)) differences.push({ path, detail: firstDifference(x, y) });
    }
  }
  const isAllowed = (d: Difference) => allowed.some((entry) => matcher(entry.path).test(d.path));
  return {
    filesCompared: new Set([...a, ...b]).size,
    unexpected: differences.filter((d) => !isAllowed(d)),
    allowed: differences.filter(isAllowed),
  };
}
