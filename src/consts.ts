/** Site-wide constants. Everything that would otherwise be repeated lives here. */

/** The site's public name, shown in the header, titles and social cards. */
export const SITE_NAME = 'Handlingsplan psykisk hälsa i Västra Götaland';

/** Short name for tight places (social cards, breadcrumbs' first crumb). */
export const SITE_SHORT_NAME = 'Handlingsplan psykisk hälsa';

/**
 * Absolute base URL where the site is published. One setting: canonical links, social images and
 * the sitemap all derive from it. Override with the SITE_URL environment variable.
 */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://psykiskhalsa.vastragotaland.example';

/** Repository holding the content, for "Föreslå en ändring" links. */
export const REPOSITORY_URL =
  process.env['REPOSITORY_URL'] ?? 'https://github.com/vastra-gotaland/handlingsplan-psykisk-halsa';

/** Branch that editors' links point into. */
export const REPOSITORY_BRANCH = 'main';

/**
 * Who stands behind the site: the plan's three parties, shown in the header and the footer.
 * One setting until the site configuration (issue #12) takes over.
 */
export const PUBLISHER = {
  parties: ['Västra Götalandsregionen', 'VästKom', 'NSPHiG'],
  short: 'Västra Götalandsregionen · VästKom · NSPHiG',
  /** For a phone's header, where the full line does not fit beside "Behöver du stöd nu?". */
  abbreviated: 'VGR · VästKom · NSPHiG',
} as const;

/** The page with help lines for someone who is not well, linked from the header of every page. */
export const SUPPORT_PATH = '/stod-nu/';

/** The Atom feed of substantive changes to goals, indicators and assignments. */
export const CHANGES_FEED_PATH = '/andringar.xml';
