/**
 * When content last changed, from git: the date of the newest commit touching any of the files.
 * A date from the repository, never the build's clock, so two builds of one commit are identical.
 */
import { execFileSync } from 'node:child_process';

/** `undefined` outside a git checkout, or when none of the files is committed (e.g. test content). */
export function lastChanged(files: string[]): Date | undefined {
  if (files.length === 0) return undefined;
  try {
    const output = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...files], {
      // Entry paths are relative to the project root, where Astro runs (this module is bundled).
      cwd: process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return output ? new Date(`${output}T00:00:00Z`) : undefined;
  } catch {
    return undefined;
  }
}
