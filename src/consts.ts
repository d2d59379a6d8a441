/** Site-wide constants. Everything that would otherwise be repeated lives here. */

/** The site's public name, shown in the header, titles and social cards. */
export const SITE_NAME = 'Handlingsplan psykisk hälsa i Västra Götaland';

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
