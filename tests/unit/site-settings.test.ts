/** The site settings file, its environment overrides, and what a production build refuses. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryLinks } from '../../src/lib/repository.ts';
import { robotsTxt } from '../../src/publishing/robots.ts';
import { buildModeOf, historyProblem, isShallowCheckout, productionUrlProblem, resolveSiteSettings } from '../../src/publishing/site-settings.ts';

const committed = readFileSync(new URL('../../content/installningar.yml', import.meta.url), 'utf8');

describe('content/installningar.yml', () => {
  it('leaves unknown values empty and names only the plan\'s parties as publisher', () => {
    const settings = resolveSiteSettings(committed, {});
    expect(settings).toEqual({
      siteUrl: '',
      repository: { url: '', host: 'github', branch: 'main' },
      publisher: ['Västra Götalandsregionen', 'VästKom', 'NSPHiG'],
      contactEmail: '',
    });
  });

  it('lets environment variables override single values, and trims a trailing slash', () => {
    const settings = resolveSiteSettings(committed, {
      SITE_URL: 'https://psykiskhalsa.vgregion.se/',
      REPOSITORY_URL: 'https://gitlab.com/vgr/plan',
      REPOSITORY_HOST: 'gitlab',
      CONTACT_EMAIL: 'plan@vgregion.se',
      REPOSITORY_BRANCH: '',
    });
    expect(settings.siteUrl).toBe('https://psykiskhalsa.vgregion.se');
    expect(settings.repository).toEqual({ url: 'https://gitlab.com/vgr/plan', host: 'gitlab', branch: 'main' });
    expect(settings.contactEmail).toBe('plan@vgregion.se');
  });

  it('names the field, and the variable a bad value came from', () => {
    expect(() => resolveSiteSettings('siteUrl: psykiskhalsa.se\nrepository:\n  host: bitbucket\npublisher: [VGR]\n', { CONTACT_EMAIL: 'nej' }))
      .toThrowErrorMatchingInlineSnapshot(`
        [Error: Webbplatsens inställningar i \`content/installningar.yml\` är inte giltiga:
        - \`siteUrl\`: Skriv bara adressens början, t.ex. \`https://psykiskhalsa.example.se\`, utan sökväg efter domänen, eller lämna värdet tomt (\`""\`).
        - \`repository.host\`: Fältet \`host\` (i \`repository\`) har värdet \`bitbucket\`, men tillåtna värden är \`github\`, \`gitlab\` och \`gitea\`.
        - \`contactEmail\` (värdet kommer från miljövariabeln CONTACT_EMAIL): Skriv en hel e-postadress, t.ex. \`namn@organisation.se\`, eller lämna värdet tomt (\`""\`).]
      `);
  });

  it('rejects unknown fields and YAML aliases', () => {
    expect(() => resolveSiteSettings('publisher: [VGR]\nsiteurl: x\n', {})).toThrow(/siteurl|\(filen\)/);
    expect(() => resolveSiteSettings('a: &a [VGR]\npublisher: *a\n', {})).toThrow(/går inte att läsa som YAML/);
  });
});

describe('production builds', () => {
  it('are asked for by HPH_BUILD_MODE=production; anything else is a preview', () => {
    expect(buildModeOf({ HPH_BUILD_MODE: 'production' })).toBe('production');
    expect(buildModeOf({})).toBe('preview');
  });

  it('refuse a missing, placeholder, local or unencrypted base URL, naming the setting and SITE_URL', () => {
    for (const url of ['', 'https://psykiskhalsa.vastragotaland.example', 'https://localhost', 'http://127.0.0.1:4321', 'https://psykiskhalsa.example.se', 'http://psykiskhalsa.vgregion.se']) {
      const problem = productionUrlProblem(url);
      expect(problem, url).toContain('`siteUrl` i `content/installningar.yml`');
      expect(problem, url).toContain('SITE_URL');
    }
    expect(productionUrlProblem('https://psykiskhalsa.vgregion.se')).toBeUndefined();
  });

  it('refuse a shallow git history, which would give wrong dates', () => {
    expect(historyProblem(true)).toContain('fetch-depth: 0');
    expect(historyProblem(false)).toBeUndefined();
  });

  it('tell a shallow clone from a full one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hph-git-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: 'ignore' });
    const full = join(dir, 'full');
    git(dir, 'init', '-q', full);
    for (const n of ['1', '2']) {
      writeFileSync(join(full, 'a.md'), n);
      git(full, 'add', 'a.md');
      git(full, 'commit', '-q', '-m', n);
    }
    git(dir, 'clone', '-q', '--depth', '1', `file://${full}`, 'shallow');
    expect(isShallowCheckout(full)).toBe(false);
    expect(isShallowCheckout(join(dir, 'shallow'))).toBe(true);
    expect(isShallowCheckout(dir)).toBe(false);
  });

  it('name the sitemap in robots.txt; a preview turns crawlers away and names none', () => {
    expect(robotsTxt(false, 'https://psykiskhalsa.vgregion.se', '/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://psykiskhalsa.vgregion.se/sitemap.xml\n',
    );
    expect(robotsTxt(true, 'http://localhost:4321', '/sitemap.xml')).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('edit links per git host', () => {
  const path = 'content/mal/vuxna-3-2.md';
  it('follow each host\'s pattern, and are absent without a repository', () => {
    const of = (host: 'github' | 'gitlab' | 'gitea') => repositoryLinks({ url: 'https://git.example.test/o/r', host, branch: 'main' });
    expect(of('github').edit(path)).toBe('https://git.example.test/o/r/edit/main/content/mal/vuxna-3-2.md');
    expect(of('gitlab').edit(path)).toBe('https://git.example.test/o/r/-/edit/main/content/mal/vuxna-3-2.md');
    expect(of('gitea').edit(path)).toBe('https://git.example.test/o/r/_edit/main/content/mal/vuxna-3-2.md');
    expect(of('gitea').folder('content/mal/')).toBe('https://git.example.test/o/r/src/branch/main/content/mal');
    expect(of('gitlab').issues()).toBe('https://git.example.test/o/r/-/issues');
    const none = repositoryLinks({ url: '', host: 'github', branch: 'main' });
    expect([none.edit(path), none.folder('content'), none.issues()]).toEqual([undefined, undefined, undefined]);
  });
});
