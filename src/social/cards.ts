/**
 * The social card (og:image) of every page, as plain data. One list feeds both the image
 * endpoint's `getStaticPaths` and every page's `og:image` tag, so no tag can point at an image
 * that was not built. Pages without a card of their own (e.g. pages added later) share the start
 * page's card. Pure: no Astro import, so tests and benchmarks use it directly.
 */
import { createHash } from 'node:crypto';
import { countyUi, formatDate, targetGroupName, ui } from '../i18n/sv.ts';
import type { Entry } from '../plan/entries.ts';
import type { PlanGraph } from '../plan/graph.ts';
import { assignmentUrl, focusAreaUrl, goalCode, goalLabel, goalUrl, indicatorUrl } from '../plan/urls.ts';
import { STANDALONE_PAGES, type StandalonePage } from '../plan/standalone-pages.ts';
import { MUNICIPALITIES_URL, subRegionsOf, subRegionUrl } from '../plan/county.ts';
import type { Page } from '../schemas/page.ts';

export { OG_HEIGHT, OG_WIDTH } from './card-size.ts';

/** Colour of cards that belong to no focus area: the site's `--accent`. */
export const DEFAULT_CARD_COLOR = '#1d5a7a';

/** What kind of page a card stands for; decides the layout and `og:type`. */
export type CardKind = 'start' | 'focusArea' | 'goal' | 'indicator' | 'assignment' | 'overview' | 'page';

/** Everything a card shows, and nothing else: its hash decides whether the image is rendered again. */
export interface CardContent {
  kind: CardKind;
  /** Small line above the title, e.g. "Fokusområde 3" or "Mål 3:2 för vuxna"; empty for none. */
  kicker: string;
  title: string;
  /** Line below the title, e.g. the goal's focus area; empty for none. */
  detail: string;
  /** For goals: the number ("3:2") and the target group ("Vuxna"), shown as badges. */
  goal?: { code: string; targetGroup: string };
  /** The focus area's colour, or the site's. */
  color: string;
  /** Withdrawn entries say so on their card too. */
  withdrawn: boolean;
}

export interface OgCard extends CardContent {
  /** The page the card belongs to, e.g. `/mal/vuxna/3-2/`. */
  page: string;
  /** Where the PNG is published, e.g. `/og/mal/vuxna/3-2.png`. */
  image: string;
  /** Short hash of the content, added to the image URL so that sharing services fetch a changed card again. */
  version: string;
  /** The card's text for `og:image:alt`. */
  alt: string;
}

/** `/` → `/og/start.png`, `/mal/vuxna/3-2/` → `/og/mal/vuxna/3-2.png`. */
export function ogImagePath(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'start' : trimmed}.png`;
}

/** The endpoint's route parameter for a card: its image path without `/og/` and `.png`. */
export const ogRouteParam = (card: Pick<OgCard, 'image'>) => card.image.replace(/^\/og\//, '').replace(/\.png$/, '');

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function card(page: string, content: CardContent): OgCard {
  const alt = [content.kicker, content.title, content.detail, content.withdrawn ? ui.withdrawn : '']
    .filter(Boolean)
    .join('. ');
  return { ...content, page, image: ogImagePath(page), version: hashOf(content).slice(0, 10), alt };
}

const withdrawn = (entry: Entry<{ status: string }>) => entry.data.status === 'utgått';
const pageTitle = (pages: Entry<Page>[], id: string, fallback: string) =>
  pages.find((page) => page.id === id)?.data.title ?? fallback;

/** Every card of the site, in a stable order. */
/** A standalone page's card title while its file has no title to give. */
const STANDALONE_FALLBACK_TITLE: Record<StandalonePage, string> = {
  'stod-nu': ui.supportNow,
  'om-webbplatsen': ui.aboutSite,
  suicidprevention: 'Suicidprevention',
};

export function ogCardsOf(plan: PlanGraph, siteName: string): OgCard[] {
  const { content } = plan;
  const plain = (kind: CardKind, kicker: string, title: string): CardContent => ({
    kind, kicker, title, detail: '', color: DEFAULT_CARD_COLOR, withdrawn: false,
  });
  const start = content.pages.find((page) => page.id === 'start');
  return [
    card('/', { ...plain('start', '', start?.data.title ?? siteName), detail: start?.data.description ?? '' }),
    card('/om/', plain('page', '', pageTitle(content.pages, 'om', ui.about))),
    // Built only when their content file exists (src/pages/[sida].astro).
    ...STANDALONE_PAGES
      .filter((id) => content.pages.some((page) => page.id === id))
      .map((id) => card(`/${id}/`, plain('page', '', pageTitle(content.pages, id, STANDALONE_FALLBACK_TITLE[id])))),
    card('/organisation/', plain('page', '', ui.organisations)),
    card('/kontakt/', plain('page', '', ui.contact)),
    card('/oppna-data/', { ...plain('page', '', ui.openData), detail: ui.openDataSummary }),
    card('/fokusomraden/', plain('overview', ui.overview, ui.focusAreas)),
    card('/mal/', plain('overview', ui.overview, pageTitle(content.pages, 'mal', ui.goals))),
    card('/indikatorer/', plain('overview', ui.overview, ui.indicators)),
    card('/uppdrag/', plain('overview', ui.overview, ui.assignmentDocuments)),
    card(MUNICIPALITIES_URL, plain('overview', ui.overview, countyUi.findMunicipality)),
    ...subRegionsOf(content.organisations).map((group) =>
      card(subRegionUrl(group.data), { ...plain('page', countyUi.subRegion, group.data.name), withdrawn: withdrawn(group) }),
    ),
    ...[...content.focusAreas]
      .sort((a, b) => a.data.number - b.data.number)
      .map((area) =>
        card(focusAreaUrl(area.data), {
          kind: 'focusArea', kicker: `${ui.focusArea} ${area.data.number}`, title: area.data.title,
          detail: area.data.summary, color: area.data.color, withdrawn: withdrawn(area),
        }),
      ),
    ...content.goals.map((goal) => {
      const area = plan.focusAreaByNumber.get(goal.data.focusArea);
      return card(goalUrl(goal.data), {
        kind: 'goal', kicker: goalLabel(goal.data), title: goal.data.title,
        detail: area ? `${ui.focusArea} ${area.data.number}: ${area.data.title}` : '',
        goal: { code: goalCode(goal.data), targetGroup: targetGroupName[goal.data.targetGroup] },
        color: area?.data.color ?? DEFAULT_CARD_COLOR, withdrawn: withdrawn(goal),
      });
    }),
    ...content.indicators.map((indicator) => {
      const goals = plan.goalsOfIndicator(indicator.id);
      return card(indicatorUrl(indicator.data), {
        kind: 'indicator', kicker: ui.indicator, title: indicator.data.title,
        detail: goals.length > 0 ? `Följer upp ${goals.map((goal) => goalLabel(goal.data).replace(/^Mål/, 'mål')).join(', ')}` : '',
        color: DEFAULT_CARD_COLOR, withdrawn: withdrawn(indicator),
      });
    }),
    ...content.assignments.map((assignment) =>
      card(assignmentUrl(assignment.data), {
        kind: 'assignment', kicker: `${ui.assignment} · ${formatDate(assignment.data.date)}`, title: assignment.data.title,
        detail: `${ui.decidedBy} ${plan.organisationById.get(assignment.data.decidedBy)?.data.name ?? assignment.data.decidedBy}`,
        color: DEFAULT_CARD_COLOR, withdrawn: withdrawn(assignment),
      }),
    ),
  ];
}

/** Every card by page, built once per plan (every page of a build asks for its own card). */
const indexes = new WeakMap<PlanGraph, Map<string, OgCard>>();

/** The card of a page, or the start page's card for a page that has none of its own. */
export function ogCardFor(plan: PlanGraph, siteName: string, page: string): OgCard {
  let byPage = indexes.get(plan);
  if (!byPage) {
    byPage = new Map(ogCardsOf(plan, siteName).map((c) => [c.page, c]));
    indexes.set(plan, byPage);
  }
  const normalised = page.endsWith('/') ? page : `${page}/`;
  return byPage.get(normalised) ?? (byPage.get('/') as OgCard);
}

/** The `og:type` for a card: entries are articles, the rest of the site is a website. */
export const ogTypeOf = (kind: CardKind) =>
  kind === 'start' || kind === 'overview' || kind === 'page' ? 'website' : 'article';
