/**
 * A page's change history from the versions of its content file (pure: no git, no fs). The
 * first version is the publication; a later version whose `changeNote` differs from the one
 * before is a substantive change, described by that note; any other version is a minor edit
 * (wording, links, sources). Editors write `changeNote` only when the meaning changes.
 */

/** One committed version of a content file. */
export interface FileVersion {
  /** Commit date, `YYYY-MM-DD`. */
  date: string;
  /** The file's `changeNote` in that version, if it had one. */
  changeNote?: string | undefined;
}

export type ChangeKind = 'published' | 'changed' | 'minor';

export interface Change {
  kind: ChangeKind;
  /** `YYYY-MM-DD`. */
  date: string;
  /** For `changed`: what the editor wrote. */
  note?: string;
  /** 1 for the first change of its kind on a day, 2 for the second: keeps feed ids unique. */
  ordinal: number;
}

/** Versions oldest first → changes oldest first. */
export function historyOf(versions: readonly FileVersion[]): Change[] {
  const changes: Change[] = [];
  const seen = new Map<string, number>();
  const add = (change: Omit<Change, 'ordinal'>) => {
    const key = `${change.kind} ${change.date}`;
    const ordinal = (seen.get(key) ?? 0) + 1;
    seen.set(key, ordinal);
    changes.push({ ...change, ordinal });
  };
  versions.forEach((version, i) => {
    const note = version.changeNote?.trim() || undefined;
    const before = versions[i - 1]?.changeNote?.trim() || undefined;
    if (i === 0) add({ kind: 'published', date: version.date });
    else if (note && note !== before) add({ kind: 'changed', date: version.date, note });
    else add({ kind: 'minor', date: version.date });
  });
  return changes;
}

/** Publication and substantive changes: what a subscriber wants to hear about. */
export const substantive = (changes: readonly Change[]) => changes.filter((change) => change.kind !== 'minor');

/**
 * The days of minor edits, newest first, each day once: a reader wants to know when the page
 * changed, not how many commits it took. A day the history already lists for the publication or
 * a change is left out.
 */
export function minorEditDays(changes: readonly Change[]): string[] {
  const listed = new Set(substantive(changes).map((change) => change.date));
  const days = changes.filter((change) => change.kind === 'minor' && !listed.has(change.date)).map((change) => change.date);
  return [...new Set(days)].sort().reverse();
}
