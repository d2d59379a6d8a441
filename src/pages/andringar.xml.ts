/** `/andringar.xml`: an Atom feed of new and substantively changed goals, indicators and assignments. */
import type { APIRoute } from 'astro';
import { CHANGES_FEED_PATH, PUBLISHER, SITE_URL } from '../consts.ts';
import { citeUi } from '../i18n/sv.ts';
import { atomFeed } from '../lib/changes-feed.ts';
import { getPlan } from '../lib/content.ts';
import { feedItemsOf } from '../lib/plan-history.ts';

export const GET: APIRoute = async () => {
  const plan = await getPlan();
  const xml = atomFeed(feedItemsOf(plan.content), {
    siteUrl: SITE_URL,
    path: CHANGES_FEED_PATH,
    title: citeUi.feedTitle,
    subtitle: citeUi.feedSubtitle,
    authors: PUBLISHER.parties,
    entryTitle: (item) => (item.change.kind === 'published' ? citeUi.feedPublished(item.label) : citeUi.feedChanged(item.label)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
