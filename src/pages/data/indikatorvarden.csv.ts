/** `/data/indikatorvarden.csv`: one row per measured value of an indicator, for spreadsheets. Streamed: it grows with the plan. */
import type { APIRoute } from 'astro';
import { csvChunks } from '../../open-data/csv.ts';
import { textStream } from '../../open-data/stream.ts';
import { INDICATOR_VALUE_COLUMNS, indicatorValueRows } from '../../open-data/tables.ts';
import { getPlanExport } from '../../lib/open-data-export.ts';

export const GET: APIRoute = async () => {
  const data = await getPlanExport();
  return new Response(textStream(csvChunks(INDICATOR_VALUE_COLUMNS, indicatorValueRows(data), data)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
