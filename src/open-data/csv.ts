/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF between records, fields with a comma, quote
 * or line break in double quotes, quotes doubled), in UTF-8 with a byte order mark so that Excel
 * reads å, ä and ö correctly.
 */
export interface Column<Row, Context> {
  header: string;
  /** What the column holds, in Swedish; shown on the Öppna data page. */
  description: string;
  value: (row: Row, context: Context) => string | number | null;
}

export const BOM = '\uFEFF';

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row, Context>(columns: Column<Row, Context>[], rows: Row[], context: Context): string {
  const lines = [columns.map((c) => field(c.header)), ...rows.map((row) => columns.map((c) => field(c.value(row, context))))];
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** Several ids in one cell, e.g. `vuxna-3-2; barn-och-unga-3-2`. */
export const LIST_SEPARATOR = '; ';
