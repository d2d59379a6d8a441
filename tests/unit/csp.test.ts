/**
 * The policy a browser receives, written out in full: each page's `<meta>` policy, the site-wide
 * header and `_headers`. The build tests check that pages carry it; these pin what it says.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_NEEDS, headersFile, HEADERS_MARKER, isCspNeed, NEEDS_META_NAME, SECURITY_HEADERS, SITE_POLICY } from '../../src/security/csp.ts';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  it("allows a page without needs only the site's own files, and no plugins, base or foreign forms", () => {
    expect(contentSecurityPolicy([], 'meta')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it("adds 'wasm-unsafe-eval' to script-src only for a page that declares pagefind, once", () => {
    const policy = directives(contentSecurityPolicy(['pagefind', 'pagefind'], 'meta'));
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(CSP_NEEDS.pagefind).toEqual(["'wasm-unsafe-eval'"]);
  });

  it('forbids framing in the header only, where browsers honour it', () => {
    expect(directives(contentSecurityPolicy([], 'header'))['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy([], 'meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], 'header')).toBe(`${contentSecurityPolicy([], 'meta')}; frame-ancestors 'none'`);
  });

  it('gives the whole site the header policy with every need a template may declare', () => {
    expect(SITE_POLICY).toBe(contentSecurityPolicy(['pagefind'], 'header'));
    expect(directives(SITE_POLICY)['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('knows the needs templates may declare, and nothing inherited', () => {
    expect(NEEDS_META_NAME).toBe('csp-needs');
    expect(isCspNeed('pagefind')).toBe(true);
    expect(isCspNeed('inline')).toBe(false);
    expect(isCspNeed('toString')).toBe(false);
  });
});

describe('the security headers', () => {
  it('keep the address a visitor came from, and refuse sniffing, framing and device access', () => {
    expect(SECURITY_HEADERS).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('are written to _headers for every path, the policy first', () => {
    expect(headersFile('default-src x')).toBe(
      [
        HEADERS_MARKER,
        '/*',
        '  Content-Security-Policy: default-src x',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: no-referrer',
        `  Permissions-Policy: ${SECURITY_HEADERS['Permissions-Policy']}`,
        '  X-Frame-Options: DENY',
        '  Cross-Origin-Opener-Policy: same-origin',
        '',
      ].join('\n'),
    );
    expect(headersFile()).toContain(`  Content-Security-Policy: ${SITE_POLICY}\n`);
    // A comment line, so hosts read the file as rules only.
    expect(HEADERS_MARKER).toMatch(/^# \S/);
  });
});
