/**
 * When each content file last changed, from git: the date of the last commit that touched it.
 * Read once per build with one `git log`. Commit dates make the output depend only on the
 * history, never on when or where the site is built. Without git history (an export, a
 * temporary test folder) there is no date and pages simply leave it out.
 */
import { execFileSync } from 'node:child_process';
import { contentDirOf } from '../publishing/content-dir.ts';

let dates: Map<string, string> | undefined;

/** Path relative to the content folder (`mal/vuxna-3-2.md`) → `YYYY-MM-DD` of its last commit. */
function commitDates(): Map<string, string> {
  if (dates) return dates;
  dates = new Map();
  try {
    const log = execFileSync('git', ['-C', contentDirOf(process.cwd()), 'log', '--format=%x00%cs', '--name-only', '--relative', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const commit of log.split('\0').slice(1)) {
      const [date = '', ...paths] = commit.split('\n').map((line) => line.trim());
      // Newest commits come first, so the first date seen for a file is its last change.
      for (const path of paths.filter(Boolean)) if (!dates.has(path)) dates.set(path, date);
    }
  } catch {
    // Not a git checkout: no dates.
  }
  return dates;
}

/**
 * The last commit date of a content file or folder given as in the repository
 * (`content/mal/vuxna-3-2.md`, `content/kontakter`), if git knows it.
 */
export function lastUpdated(path: string): Date | undefined {
  const relative = path.replace(/^content\//, '').replace(/\/$/, '');
  const all = commitDates();
  const found = all.get(relative) ?? [...all].filter(([file]) => file.startsWith(`${relative}/`)).map(([, date]) => date).sort().at(-1);
  return found ? new Date(`${found}T00:00:00Z`) : undefined;
}

/** The newest commit date among several content files, e.g. everything a goal page shows. */
export function lastUpdatedOf(paths: string[]): Date | undefined {
  const dates = paths.map(lastUpdated).filter((date): date is Date => date !== undefined);
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((date) => date.getTime())));
}
