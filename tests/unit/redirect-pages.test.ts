/** Redirect stubs as the page pass and the sitemap read them: by their refresh tag alone. */
import { describe, expect, it } from 'vitest';
import { isRedirectStub, redirectTarget } from '../../src/publishing/redirect-pages.ts';

describe('a redirect stub', () => {
  it('forwards to the address in its refresh tag, however the tag is written', () => {
    expect(redirectTarget('<head><meta http-equiv="refresh" content="0; url=/mal/vuxna/3-2/"></head>')).toBe('/mal/vuxna/3-2/');
    expect(redirectTarget('<meta content="0;url=/a/" http-equiv=refresh>')).toBe('/a/');
    expect(redirectTarget('<META HTTP-EQUIV="Refresh" CONTENT="0; URL=/b/">')).toBe('/b/');
    expect(isRedirectStub('<meta content="0;url=/a/" http-equiv=refresh>')).toBe(true);
  });

  it('is not a page that only mentions a refresh outside a refresh tag', () => {
    const page = '<meta name="description" content="0; url=/a/"><p>http-equiv="refresh"</p>';
    expect(redirectTarget(page)).toBeUndefined();
    expect(isRedirectStub(page)).toBe(false);
  });

  it('without an address is a mistake in the build, not a page', () => {
    expect(isRedirectStub('<meta http-equiv="refresh" content="5">')).toBe(true);
    expect(() => redirectTarget('<meta http-equiv="refresh" content="5">')).toThrow(/names no address/);
  });
});
