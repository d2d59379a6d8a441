/**
 * Turns a YAML parser error into a Swedish sentence an editor can act on. The parser's own
 * English text is kept at the end, in parentheses, for whoever helps them.
 */
import type { YAMLError } from 'yaml';

const QUOTE_HINT = 'Sätt citattecken runt hela värdet, t.ex. `title: "Mål 3:2: delaktighet"`.';
const INDENT_HINT =
  'Kontrollera indraget (mellanslagen först på raden): fält på samma nivå ska börja i samma kolumn, ' +
  'listpunkter (`- `) under ett fält ska dras in lika mycket, och varje fält skrivs `namn: värde` med mellanslag efter kolon.';

function hintFor(error: YAMLError, lineText: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*([^:#]+):/.exec(lineText)?.[1]?.trim();
      return `Fältet ${key ? `\`${key}\` ` : ''}står två gånger. Ta bort den ena raden eller slå ihop dem.`;
    }
    case 'TAB_AS_INDENT':
      return 'Raden är indragen med tabb. Använd mellanslag i stället.';
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return 'Ett citattecken öppnas men stängs aldrig. Avsluta värdet med samma sorts citattecken.';
      return INDENT_HINT;
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/compact mappings/i.test(error.message) && /:\s.*:(\s|$)/.test(lineText)) {
        return `Värdet innehåller kolon följt av mellanslag. ${QUOTE_HINT}`;
      }
      return INDENT_HINT;
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return INDENT_HINT;
    case 'BAD_SCALAR_START':
      return `Värdet börjar med ett tecken som har en särskild betydelse i YAML. ${QUOTE_HINT}`;
    default:
      return 'Kontrollera stavning, kolon och indrag på raden.';
  }
}

/** "Front matter går inte att läsa på rad 4: ..." without the line (the report shows it). */
export function describeYamlError(error: YAMLError, lineText: string): string {
  const original = error.message.split('\n')[0] ?? error.message;
  const shown = lineText.trim() ? ` Raden lyder: \`${lineText.trim()}\`.` : '';
  return `Front matter (YAML-delen mellan \`---\`-raderna) går inte att läsa här.${shown} ${hintFor(error, lineText)} (YAML: ${original})`;
}
