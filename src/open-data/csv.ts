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

const line = (cells: (string | number | null)[]) => `${cells.map(field).join(',')}\r\n`;

/**
 * The CSV text a batch of rows at a time, so that a large table (every measured value of the
 * plan) is never one string: `/data/indikatorvarden.csv` streams these.
 */
export function* csvChunks<Row, Context>(columns: Column<Row, Context>[], rows: Iterable<Row>, context: Context, rowsPerChunk = 1000): Generator<string> {
  let chunk = BOM + line(columns.map((c) => c.header));
  let inChunk = 0;
  for (const row of rows) {
    chunk += line(columns.map((c) => c.value(row, context)));
    if (++inChunk === rowsPerChunk) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk) yield chunk;
}

export const toCsv = <Row, Context>(columns: Column<Row, Context>[], rows: Iterable<Row>, context: Context): string =>
  [...csvChunks(columns, rows, context)].join('');

/** Several ids in one cell, e.g. `vuxna-3-2; barn-och-unga-3-2`. */
export const LIST_SEPARATOR = '; ';
