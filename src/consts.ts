/** Site-wide constants. Everything that would otherwise be repeated lives here. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDirOf } from './publishing/content-dir.ts';
import { buildModeOf, PREVIEW_URL, resolveSiteSettings } from './publishing/site-settings.ts';

/** The site's public name, shown in the header, titles and social cards. */
export const SITE_NAME = 'Handlingsplan psykisk hälsa i Västra Götaland';

/** Short name for tight places (the wordmark, social cards, breadcrumbs' first crumb). */
export const SITE_SHORT_NAME = 'Handlingsplan psykisk hälsa';

// `content/installningar.yml` (next to the content being built), overridden by the environment.
const settingsPath = resolve(contentDirOf(process.cwd()), 'installningar.yml');
export const SETTINGS = resolveSiteSettings(existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined, process.env);

/** `production` for `npm run build`, `preview` for `npm start` and any other build. */
export const BUILD_MODE = buildModeOf(process.env);
/** A preview asks search engines to stay away and says on every page that it is not the real site. */
export const IS_PREVIEW = BUILD_MODE === 'preview';

/**
 * Absolute base URL where the site is published. One setting: canonical links, social images and
 * the sitemap all derive from it. `siteUrl` in the settings, or the SITE_URL environment variable;
 * a preview without one names the address `npm start` serves it at.
 */
export const SITE_URL = SETTINGS.siteUrl || PREVIEW_URL;

/** Repository holding the content, for "Föreslå en ändring" links; `''` (no links) while unknown. */
export const REPOSITORY_URL = SETTINGS.repository.url;

/** Which git host the repository is on, for the shape of edit links. */
export const REPOSITORY_HOST = SETTINGS.repository.host;

/** Branch that editors' links point into. */
export const REPOSITORY_BRANCH = SETTINGS.repository.branch;

/** Public address for feedback and error reports; `''` while unknown. */
export const CONTACT_EMAIL = SETTINGS.contactEmail;

/** Short forms of the parties' names, for a phone's header where the full line does not fit. */
const SHORT_NAMES: Record<string, string> = { 'Västra Götalandsregionen': 'VGR' };

/** Who stands behind the site (`publisher` in the settings), shown in the header and the footer. */
export const PUBLISHER = {
  parties: SETTINGS.publisher,
  short: SETTINGS.publisher.join(' · '),
  abbreviated: SETTINGS.publisher.map((name) => SHORT_NAMES[name] ?? name).join(' · '),
} as const;

/** The page with help lines for someone who is not well, linked from the header of every page. */
export const SUPPORT_PATH = '/stod-nu/';

/** The Atom feed of substantive changes to goals, indicators and assignments. */
export const CHANGES_FEED_PATH = '/andringar.xml';

/** The plan's parties, each reached through its own site (no shared public contact address is known). */
export const PARTY_SITES = [
  { name: 'Västra Götalandsregionen (VGR)', url: 'https://www.vgregion.se/' },
  { name: 'VästKom, för de 49 kommunerna', url: 'https://www.vastkom.se/' },
  { name: 'NSPH Västra Götaland och Göteborg (NSPHiG)', url: 'https://nsphvastragotaland.se/' },
] as const;
