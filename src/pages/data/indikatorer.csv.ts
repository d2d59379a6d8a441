/** `/data/indikatorer.csv`: one row per item in plan.json's `indicators`, for spreadsheets. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data/csv.ts';
import { INDICATOR_COLUMNS } from '../../lib/open-data/tables.ts';
import { getPlanExport } from './_export.ts';

export const GET: APIRoute = async () => {
  const data = await getPlanExport();
  return new Response(toCsv(INDICATOR_COLUMNS, data.indicators, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
