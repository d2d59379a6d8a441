/** The shape every part of the site passes content around in: plain data, no Astro imports, so
 * the graph, the editors' check and the tests all work on the same thing. */
import type { Assignment } from '../schemas/assignment.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Event } from '../schemas/event.ts';
import type { FocusArea } from '../schemas/focus-area.ts';
import type { GlossaryTerm } from '../schemas/glossary-term.ts';
import type { Goal } from '../schemas/goal.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { LocalWork } from '../schemas/local-work.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Page } from '../schemas/page.ts';

export interface Entry<T> {
  /** The file name without extension, e.g. `vuxna-3-2`. */
  id: string;
  /** Path relative to the project, e.g. `content/mal/vuxna-3-2.md`, for messages. */
  filePath: string;
  data: T;
}

export interface ContentSet {
  focusAreas: Entry<FocusArea>[];
  goals: Entry<Goal>[];
  indicators: Entry<Indicator>[];
  assignments: Entry<Assignment>[];
  contacts: Entry<Contact>[];
  organisations: Entry<Organisation>[];
  events: Entry<Event>[];
  pages: Entry<Page>[];
  glossary: Entry<GlossaryTerm>[];
  localWork: Entry<LocalWork>[];
}

/** Entries still part of the plan; withdrawn ones keep their page but leave lists. */
export const current = <T extends { status: string }>(entries: Entry<T>[]) =>
  entries.filter((entry) => entry.data.status === 'gällande');
