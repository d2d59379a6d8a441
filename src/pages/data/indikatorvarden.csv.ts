/** `/data/indikatorvarden.csv`: one row per measured value of an indicator, for spreadsheets. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../open-data/csv.ts';
import { INDICATOR_VALUE_COLUMNS, indicatorValueRows } from '../../open-data/tables.ts';
import { getPlanExport } from '../../lib/open-data-export.ts';

export const GET: APIRoute = async () => {
  const data = await getPlanExport();
  return new Response(toCsv(INDICATOR_VALUE_COLUMNS, indicatorValueRows(data), data), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
