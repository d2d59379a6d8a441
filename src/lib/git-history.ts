/**
 * Every committed version of the content files, from git, for change histories
 * (src/lib/change-history.ts) and last-changed dates (src/lib/last-updated.ts). Two git calls per
 * build: one `git log` for which commits touched which file, one `git cat-file --batch` for the
 * `changeNote` of each version. Commit dates keep
 * the output reproducible. Without git history there are no versions and pages say so.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import type { FileVersion } from './change-history.ts';
import { contentDirOf } from '../publishing/content-dir.ts';

interface Commit {
  hash: string;
  date: string;
  paths: string[];
}

let commits: Commit[] | undefined;
const versionsCache = new Map<string, FileVersion[]>();

const git = (args: string[], input?: string) =>
  execFileSync('git', ['-C', contentDirOf(process.cwd()), ...args], {
    input,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });

function allCommits(): Commit[] {
  if (commits) return commits;
  commits = [];
  try {
    const log = git(['log', '--format=%x00%H %cs', '--name-only', '--relative', '--', '.']).toString('utf8');
    for (const chunk of log.split('\0').slice(1)) {
      const [head = '', ...paths] = chunk.split('\n').map((line) => line.trim());
      const [hash = '', date = ''] = head.split(' ');
      commits.push({ hash, date, paths: paths.filter(Boolean) });
    }
  } catch {
    // Not a git checkout: no history.
  }
  return commits;
}

/**
 * Path relative to the content folder (`mal/vuxna-3-2.md`) → `YYYY-MM-DD` of the last commit
 * that touched it, from the same `git log` as the versions.
 */
export function lastCommitDates(): Map<string, string> {
  const dates = new Map<string, string>();
  // Newest commits come first, so the first date seen for a file is its last change.
  for (const { date, paths } of allCommits()) for (const path of paths) if (!dates.has(path)) dates.set(path, date);
  return dates;
}

/** The `changeNote` in a markdown file's front matter, if it can be read. */
export function changeNoteOf(markdown: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  if (!match) return undefined;
  try {
    const data: unknown = parse(match[1] ?? '', { maxAliasCount: 10 });
    const note = data && typeof data === 'object' ? (data as Record<string, unknown>)['changeNote'] : undefined;
    return typeof note === 'string' ? note : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the given `commit:./path` objects in one call; a missing one (a deletion) is `undefined`. */
function readObjects(specs: string[]): (string | undefined)[] {
  if (specs.length === 0) return [];
  const out = git(['cat-file', '--batch'], `${specs.join('\n')}\n`);
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = / blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      texts.push(undefined);
      continue;
    }
    texts.push(out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

/**
 * The committed versions of content files given as in the repository (`content/mal/vuxna-3-2.md`),
 * oldest first. Read for all the files at once, so call it with every file a build needs.
 */
export function versionsOf(paths: string[]): Map<string, FileVersion[]> {
  const wanted = paths.map((path) => path.replace(/^content\//, '')).filter((path) => !versionsCache.has(path));
  if (wanted.length > 0) {
    const set = new Set(wanted);
    const touches = allCommits().flatMap((commit) => commit.paths.filter((path) => set.has(path)).map((path) => ({ commit, path })));
    let texts: (string | undefined)[] = [];
    try {
      texts = readObjects(touches.map(({ commit, path }) => `${commit.hash}:./${path}`));
    } catch {
      texts = [];
    }
    for (const path of wanted) versionsCache.set(path, []);
    // git log lists newest first; a history reads oldest first.
    touches.forEach(({ commit, path }, i) => {
      const text = texts[i];
      if (text === undefined) return;
      versionsCache.get(path)!.unshift({ date: commit.date, changeNote: changeNoteOf(text) });
    });
  }
  return new Map(paths.map((path) => [path, versionsCache.get(path.replace(/^content\//, '')) ?? []]));
}
