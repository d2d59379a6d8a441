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
 * Who publishes the site: the plan's three parties, each reached through its own site. No shared
 * contact address is known, so readers are sent to the parties. (Issue #12's site configuration
 * is meant to replace this constant when it is merged.)
 */
export const PUBLISHER = {
  name: 'Västra Götalandsregionen, VästKom och NSPH Västra Götaland och Göteborg',
  parties: [
    { name: 'Västra Götalandsregionen (VGR)', url: 'https://www.vgregion.se/' },
    { name: 'VästKom, för de 49 kommunerna', url: 'https://www.vastkom.se/' },
    { name: 'NSPH Västra Götaland och Göteborg (NSPHiG)', url: 'https://nsphvastragotaland.se/' },
  ],
} as const;
