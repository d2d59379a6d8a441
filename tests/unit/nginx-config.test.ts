/** The nginx configuration text: every location carries all headers; addresses cannot inject syntax. */
import { describe, expect, it } from 'vitest';
import { CACHE, nginxConfig, type NginxSite } from '../../src/publishing/nginx-config.ts';

const site = (overrides: Partial<NginxSite> = {}): NginxSite => ({
  pages: [
    { url: '/', file: '/index.html', policy: "default-src 'self'" },
    { url: '/404.html', file: '/404.html', policy: "default-src 'self'" },
    { url: '/borttagen/a/', file: '/borttagen/a/index.html', policy: "default-src 'self'" },
  ],
  siteHeaders: { 'Content-Security-Policy': "default-src 'self' 'wasm-unsafe-eval'", 'X-Frame-Options': 'DENY' },
  redirects: [{ from: '/gammal/', to: '/ny/' }],
  removed: [{ url: '/a/', page: '/borttagen/a/' }],
  notFound: '/404.html',
  ...overrides,
});

const locations = (text: string) => [...text.matchAll(/location ([^{]+)\{([^}]*(?:\{[^}]*\}[^}]*)*)\}/g)].map((m) => ({ head: m[1]!.trim(), body: m[2]! }));

describe('nginxConfig', () => {
  it('repeats every security header in every location that sets headers, since nginx drops inherited ones', () => {
    for (const { head, body } of locations(nginxConfig(site()))) {
      if (!body.includes('add_header')) continue;
      expect(body, head).toContain('add_header X-Frame-Options "DENY" always;');
      expect(body, head).toMatch(/add_header Content-Security-Policy "[^"]+" always;/);
      expect(body, head).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
  });

  it('gives pages their own policy and short caching, hashed assets a year', () => {
    const all = locations(nginxConfig(site()));
    const home = all.find((l) => l.head === '= /')!;
    expect(home.body).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(home.body).toContain(`add_header Cache-Control "${CACHE.html}" always;`);
    expect(all.find((l) => l.head === '/_astro/')!.body).toContain(CACHE.hashed);
  });

  it('redirects both spellings of an old address, answers removed ones with 410 and their page, keeps error pages internal', () => {
    const all = locations(nginxConfig(site()));
    expect(all.find((l) => l.head === '= /gammal/')!.body).toContain('return 301 /ny/;');
    expect(all.find((l) => l.head === '= /gammal')!.body).toContain('return 301 /ny/;');
    expect(all.find((l) => l.head === '= /a/')!.body).toMatch(/error_page 410 \/borttagen\/a\/;\s+return 410;/);
    expect(all.find((l) => l.head === '= /borttagen/a/')!.body).toContain('internal;');
    expect(all.find((l) => l.head === '= /404.html')!.body).toContain('internal;');
    expect(all.find((l) => l.head === '= /')!.body).not.toContain('internal;');
  });

  it('refuses an address that would change the configuration, and escapes quotes in values', () => {
    expect(() => nginxConfig(site({ redirects: [{ from: '/a/ { return 200; }', to: '/b/' }] }))).toThrow(/cannot be written/);
    expect(nginxConfig(site({ siteHeaders: { 'X-Test': 'a"b' } }))).toContain('add_header X-Test "a\\"b" always;');
  });
});
