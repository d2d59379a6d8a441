/**
 * Change histories of the pages that have one (goals, indicators, assignments) and the items
 * of the feed of changes. All their files' versions are read from git in one go, the first
 * time any page asks.
 */
import type { ContentSet } from '../plan/entries.ts';
import { historyOf, substantive, type Change, type FileVersion } from './change-history.ts';
import type { FeedItem } from './changes-feed.ts';
import { versionsOf } from './git-history.ts';
import { assignmentUrl, goalLabel, goalUrl, indicatorUrl } from '../plan/urls.ts';
import { citeUi } from '../i18n/sv.ts';

interface Page {
  file: string;
  path: string;
  label: string;
  title: string;
}

function pagesOf(content: Plan): Page[] {
  return [
    ...content.goals.map((e) => ({ file: e.filePath, path: goalUrl(e.data), label: goalLabel(e.data), title: e.data.title })),
    ...content.indicators.map((e) => ({ file: e.filePath, path: indicatorUrl(e.data), label: citeUi.indicatorLabel(e.data.title), title: e.data.title })),
    ...content.assignments.map((e) => ({ file: e.filePath, path: assignmentUrl(e.data), label: citeUi.assignmentLabel(e.data.title), title: e.data.title })),
  ];
}

type Plan = Pick<ContentSet, 'goals' | 'indicators' | 'assignments'>;

/** Every page's versions, gathered once per plan: each page asking for all of them made the build quadratic. */
const versionsByPlan = new WeakMap<Plan, { pages: Page[]; versions: Map<string, FileVersion[]> }>();

function historiesOf(content: Plan) {
  let known = versionsByPlan.get(content);
  if (!known) {
    const pages = pagesOf(content);
    known = { pages, versions: versionsOf(pages.map((page) => page.file)) };
    versionsByPlan.set(content, known);
  }
  return known;
}

/** The change history of one content file, oldest first (empty outside git). */
export function changesOf(content: ContentSet, file: string): Change[] {
  return historyOf(historiesOf(content).versions.get(file) ?? []);
}

/** Every publication and substantive change, for `/andringar.xml`. */
export function feedItemsOf(content: ContentSet): FeedItem[] {
  const { pages, versions } = historiesOf(content);
  return pages.flatMap((page) =>
    substantive(historyOf(versions.get(page.file) ?? [])).map((change) => ({ path: page.path, label: page.label, title: page.title, change })),
  );
}
