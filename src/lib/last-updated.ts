/**
 * When each content file last changed, from git: the date of the last commit that touched it.
 * Read once per build, from the `git log` of `./git-history.ts`. Commit dates make the output depend only on the
 * history, never on when or where the site is built. Without git history (an export, a
 * temporary test folder) there is no date and pages simply leave it out.
 */
import { lastCommitDates } from './git-history.ts';

let dates: Map<string, string> | undefined;

/** Path relative to the content folder (`mal/vuxna-3-2.md`) → `YYYY-MM-DD` of its last commit. */
const commitDates = () => (dates ??= lastCommitDates());

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
