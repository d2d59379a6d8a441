/**
 * `addressProblem`, the one rule for every address an editor writes in a field: what the editor
 * reads after "Fältet `url` …" for each kind of wrong address, and silence for the right ones.
 */
import { describe, expect, it } from 'vitest';
import { ADDRESS_ADVICE, ALLOWED_SCHEMES, addressProblem, urlScheme } from '../../src/security/url.ts';

describe('addressProblem', () => {
  it.each(['https://www.vgregion.se/', 'http://example.org/a', 'mailto:info@example.org', 'tel:+4631000000', '/mal/vuxna/3-2/', '  https://x.se/  ', '/'])(
    'allows %j',
    (url) => expect(addressProblem(url)).toBeUndefined(),
  );

  it('names an empty address', () => {
    expect(addressProblem('')).toBe('är tomt. Skriv en adress eller ta bort fältet.');
    expect(addressProblem('   ')).toBe('är tomt. Skriv en adress eller ta bort fältet.');
  });

  it('names a scheme that is not allowed, in lower case, with the advice', () => {
    expect(addressProblem('JavaScript:alert(1)')).toBe(`pekar på en adress som börjar med \`javascript:\`, som inte är tillåtet. ${ADDRESS_ADVICE}`);
    expect(addressProblem('ftp://example.org/')).toBe(`pekar på en adress som börjar med \`ftp:\`, som inte är tillåtet. ${ADDRESS_ADVICE}`);
    expect(ADDRESS_ADVICE).toBe('Använd en adress som börjar med `https://`, `http://`, `mailto:`, `tel:` eller `/`.');
    expect(ALLOWED_SCHEMES).toEqual(['http', 'https', 'mailto', 'tel']);
  });

  it('names a web address that is not whole', () => {
    expect(addressProblem('https://')).toBe('är `https://`, som inte är en fullständig webbadress. Skriv hela adressen, t.ex. `https://www.vgregion.se/`.');
    expect(addressProblem('http://')).toBe('är `http://`, som inte är en fullständig webbadress. Skriv hela adressen, t.ex. `https://www.vgregion.se/`.');
  });

  it('names spaces inside an address, for the web and for site paths', () => {
    const spaces = 'innehåller mellanslag. Ta bort dem, eller skriv `%20`.';
    expect(addressProblem('https://example.org/a b')).toBe(spaces);
    expect(addressProblem('/mal/vuxna 3/')).toBe(spaces);
    expect(addressProblem('mailto:a b@example.org')).toBe(spaces);
  });

  it('suggests https:// for an address that starts with www., and only then', () => {
    expect(addressProblem('www.vgregion.se')).toBe(`är \`www.vgregion.se\`, som inte är en fullständig adress. Menade du \`https://www.vgregion.se\`? ${ADDRESS_ADVICE}`);
    expect(addressProblem('vgregion.se')).toBe(`är \`vgregion.se\`, som inte är en fullständig adress. ${ADDRESS_ADVICE}`);
    expect(addressProblem('xwww.se')).toBe(`är \`xwww.se\`, som inte är en fullständig adress. ${ADDRESS_ADVICE}`);
    expect(addressProblem('www.vgregion.se/')).toBe(`är \`www.vgregion.se/\`, som inte är en fullständig adress. Menade du \`https://www.vgregion.se/\`? ${ADDRESS_ADVICE}`);
  });

  it('refuses paths that lead to another site', () => {
    expect(addressProblem('//evil.example/')).toBe(`är \`//evil.example/\`, som inte är en fullständig adress. ${ADDRESS_ADVICE}`);
    expect(addressProblem('/\\evil.example/')).toBe(`är \`/\\evil.example/\`, som inte är en fullständig adress. ${ADDRESS_ADVICE}`);
    expect(addressProblem('/a//b/')).toBeUndefined();
  });

  it('wants a site path where only a site path will do', () => {
    expect(addressProblem('/mal/vuxna/3-1/', { sitePathOnly: true })).toBeUndefined();
    expect(addressProblem('https://example.org/', { sitePathOnly: true })).toBe(
      'ska vara en sökväg på webbplatsen som börjar med `/`, t.ex. `/mal/vuxna/3-1/`, men är en adress med `https:`.',
    );
  });
});

describe('urlScheme', () => {
  it('reads the scheme a browser reads, past hidden characters', () => {
    expect(urlScheme('\u0001java\u200bscript:x')).toBe('javascript');
    expect(urlScheme('\u007fjava\u009fscript:x')).toBe('javascript');
    expect(urlScheme('\ufeffjava\u200cscri\u200dpt:x')).toBe('javascript');
    expect(urlScheme('HTTPS://example.org/')).toBe('https');
    expect(urlScheme('a+b.c-d:x')).toBe('a+b.c-d');
  });

  it('names no scheme for paths, fragments and text that only contains a colon', () => {
    expect(urlScheme('/a:b')).toBeUndefined();
    expect(urlScheme('1http:x')).toBeUndefined();
    expect(urlScheme('#a:b')).toBeUndefined();
    expect(urlScheme('x-mal:2')).toBe('x-mal');
  });

  it('reports the scheme an address seems to have when it does not parse', () => {
    expect(urlScheme('HTTP://[')).toBe('http');
  });
});
