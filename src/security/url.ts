/**
 * The one rule for every address an editor writes, in a field or in markdown: the web, e-mail,
 * phone, or a path on this site. No imports, so the schemas (read by Astro's content config) and
 * the markup check share it without pulling in a parser.
 */

/** Link and image addresses: the web, e-mail, phone, or a path on this site. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * The scheme a browser would see. The URL standard trims leading and trailing control characters
 * and spaces and drops every tab and newline; we also drop the other control characters and
 * invisible spaces inside, which only makes the check stricter. What is left is parsed with
 * `new URL`.
 */
export function urlScheme(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(compact)) return undefined;
  try {
    return new URL(compact).protocol.slice(0, -1);
  } catch {
    // Not a URL a browser would follow as absolute; report the scheme it looks like anyway.
    return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  }
}

export const ADDRESS_ADVICE = 'Använd en adress som börjar med `https://`, `http://`, `mailto:`, `tel:` eller `/`.';

/**
 * Why an address in a field is not allowed, as the rest of a sentence that starts with the field
 * ("Fältet `url` …"), or `undefined` when it is allowed.
 */
export function addressProblem(url: string, { sitePathOnly = false } = {}): string | undefined {
  const value = url.trim();
  if (value === '') return 'är tomt. Skriv en adress eller ta bort fältet.';
  const spaces = /\s/.test(value) ? 'innehåller mellanslag. Ta bort dem, eller skriv `%20`.' : undefined;
  const scheme = urlScheme(value);
  if (scheme !== undefined) {
    if (sitePathOnly) return `ska vara en sökväg på webbplatsen som börjar med \`/\`, t.ex. \`/mal/vuxna/3-1/\`, men är en adress med \`${scheme}:\`.`;
    if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return `pekar på en adress som börjar med \`${scheme}:\`, som inte är tillåtet. ${ADDRESS_ADVICE}`;
    if ((scheme === 'http' || scheme === 'https') && !URL.canParse(value)) return `är \`${value}\`, som inte är en fullständig webbadress. Skriv hela adressen, t.ex. \`https://www.vgregion.se/\`.`;
    return spaces;
  }
  // `//host/…` and `/\host` lead to another site; a browser reads `\` as `/`.
  if (!value.startsWith('/') || /^\/[/\\]/.test(value)) {
    const fix = /^www\./.test(value) ? ` Menade du \`https://${value}\`?` : '';
    return `är \`${value}\`, som inte är en fullständig adress.${fix} ${ADDRESS_ADVICE}`;
  }
  return spaces;
}
