/** `/data/indikatorer.csv`: one row per item in plan.json's `indicators`, for spreadsheets. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../open-data/csv.ts';
import { INDICATOR_COLUMNS } from '../../open-data/tables.ts';
import { getPlanExport } from '../../lib/open-data-export.ts';

export const GET: APIRoute = async () => {
  const data = await getPlanExport();
  return new Response(toCsv(INDICATOR_COLUMNS, data.indicators, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
