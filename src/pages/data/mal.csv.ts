/** `/data/mal.csv`: one row per item in plan.json's `goals`, for spreadsheets. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../open-data/csv.ts';
import { GOAL_COLUMNS } from '../../open-data/tables.ts';
import { getPlanExport } from '../../lib/open-data-export.ts';

export const GET: APIRoute = async () => {
  const data = await getPlanExport();
  return new Response(toCsv(GOAL_COLUMNS, data.goals, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
