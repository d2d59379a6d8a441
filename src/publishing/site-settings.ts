/**
 * Reads `content/installningar.yml` and the environment variables that override it, and decides
 * what a build may publish: a production build needs a real `https:` address and full git
 * history; a preview needs nothing. Pure apart from the inputs it is given (and one `git` call in
 * isShallowCheckout), so tests call it directly.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { SiteSettingsSchema, type SiteSettings } from '../schemas/site-settings.ts';
import { swedishErrorMap } from '../plan/zod-error-map.ts';

export const SETTINGS_FILE = 'content/installningar.yml';

/** What `npm run build` (production) and `npm start` (preview) build. */
export type BuildMode = 'production' | 'preview';

/** Where a preview is served by `npm start`; its pages name this address when no siteUrl is set. */
export const PREVIEW_URL = 'http://localhost:4321';

/** Environment variables that replace single settings, e.g. in a deploy pipeline. */
export const SETTING_VARIABLES = {
  SITE_URL: 'siteUrl',
  REPOSITORY_URL: 'repository.url',
  REPOSITORY_HOST: 'repository.host',
  REPOSITORY_BRANCH: 'repository.branch',
  CONTACT_EMAIL: 'contactEmail',
} as const;

type Env = Record<string, string | undefined>;

/** The settings file's values with the environment's overrides applied, validated. */
export function resolveSiteSettings(text: string | undefined, env: Env): SiteSettings {
  let raw: unknown;
  try {
    // No aliases: an editor's file has no use for them, and they can blow up in size.
    raw = text === undefined ? {} : (parse(text, { maxAliasCount: 0, uniqueKeys: true }) ?? {});
  } catch (error) {
    throw new Error(`\`${SETTINGS_FILE}\` går inte att läsa som YAML: ${(error as Error).message.split('\n')[0]} Rätta filen och bygg igen.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`\`${SETTINGS_FILE}\` ska innehålla fält som \`siteUrl: ""\`, en per rad.`);
  }
  const settings = structuredClone(raw) as Record<string, unknown>;
  if (text === undefined) settings['publisher'] = ['Västra Götalandsregionen', 'VästKom', 'NSPHiG'];
  const repository = { ...((settings['repository'] as Record<string, unknown> | undefined) ?? {}) };
  const set = (path: string, value: string) => {
    if (path.startsWith('repository.')) repository[path.slice('repository.'.length)] = value;
    else settings[path] = value;
  };
  for (const [variable, path] of Object.entries(SETTING_VARIABLES)) {
    const value = env[variable];
    if (value !== undefined && value !== '') set(path, value);
  }
  settings['repository'] = repository;
  const result = SiteSettingsSchema.safeParse(settings, { error: swedishErrorMap });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    const variable = Object.entries(SETTING_VARIABLES).find(([, path]) => path === field)?.[0];
    const from = variable && env[variable] ? ` (värdet kommer från miljövariabeln ${variable})` : '';
    return `- \`${field || '(filen)'}\`${from}: ${issue.message}`;
  });
  throw new Error(`Webbplatsens inställningar i \`${SETTINGS_FILE}\` är inte giltiga:\n${problems.join('\n')}`);
}

/** The mode a build runs in: `HPH_BUILD_MODE=production` (set by `npm run build`), else a preview. */
export const buildModeOf = (env: Env): BuildMode => (env['HPH_BUILD_MODE'] === 'production' ? 'production' : 'preview');

const PLACEHOLDER_HOST = /(^|\.)(localhost|example|invalid|test|local)$|(^|\.)example\.(com|net|org|se)$|^127\.|^0\.0\.0\.0$|^\[::1\]$/;

/**
 * Why a production build must not publish with this base URL, or `undefined` when it may. Swedish,
 * naming the setting and the variable that overrides it.
 */
export function productionUrlProblem(siteUrl: string): string | undefined {
  const how =
    `Skriv webbplatsens riktiga adress i \`siteUrl\` i \`${SETTINGS_FILE}\`, eller ange den med miljövariabeln SITE_URL, ` +
    't.ex. `SITE_URL=https://psykiskhalsa.example.se npm run build`. Vill du bara titta på webbplatsen, kör `npm start` (förhandsversion).';
  if (siteUrl === '') return `Webbplatsens adress saknas, så länkar, delningsbilder och webbplatskartan skulle peka fel. ${how}`;
  const url = new URL(siteUrl);
  if (PLACEHOLDER_HOST.test(url.hostname)) {
    return `Webbplatsens adress \`${siteUrl}\` är en platshållare eller en lokal adress (\`${url.hostname}\`), inte adressen där webbplatsen publiceras. ${how}`;
  }
  if (url.protocol !== 'https:') {
    return `Webbplatsens adress \`${siteUrl}\` använder inte \`https:\`. En offentlig webbplats ska bara nås krypterat. ${how}`;
  }
  return undefined;
}

/** Whether the git checkout at `dir` lacks history (a shallow clone); `false` outside git. */
export function isShallowCheckout(dir: string): boolean {
  try {
    const answer = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return answer.trim() === 'true';
  } catch {
    return false;
  }
}

/** Why a production build must not publish from this git checkout, or `undefined`. */
export function historyProblem(shallow: boolean): string | undefined {
  if (!shallow) return undefined;
  return (
    'Git-historiken är ofullständig (en grund kopia, "shallow clone"), så datumen "Senast uppdaterad" skulle bli fel. ' +
    'Hämta hela historiken med `git fetch --unshallow` (i GitHub Actions: `fetch-depth: 0` i actions/checkout) och bygg igen.'
  );
}
