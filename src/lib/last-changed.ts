/**
 * When content last changed, from git: the date of the newest commit touching any of the files.
 * A date from the repository, never the build's clock, so two builds of one commit are identical.
 */
import { execFileSync } from 'node:child_process';

let dates: Map<string, string> | undefined;

/** Every file under `content/` with the day of the last commit that changed it; read once per build. */
function commitDates(): Map<string, string> {
  if (dates) return dates;
  dates = new Map();
  try {
    // Newest commit first: the first date seen for a file is its last change.
    const log = execFileSync('git', ['log', '--relative', '--format=%x00%cs', '--name-only', '--', 'content'], {
      // Entry paths are relative to the project root, where Astro runs (this module is bundled).
      cwd: process.cwd(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const commit of log.split('\0').slice(1)) {
      const [date = '', ...files] = commit.trim().split('\n');
      for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
    }
  } catch {
    // Not a git checkout: pages show no date rather than a made-up one.
  }
  return dates;
}

/** `undefined` outside a git checkout, or when none of the files is committed (e.g. test content). */
export function lastChanged(files: string[]): Date | undefined {
  const known = files.map((file) => commitDates().get(file)).filter((date): date is string => Boolean(date));
  if (known.length === 0) return undefined;
  return new Date(`${known.sort().at(-1)}T00:00:00Z`);
}
