/** `/data/indikatorer/<slug>.csv`: one indicator's values, for the download link on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../open-data/csv.ts';
import { INDICATOR_VALUE_COLUMNS, valueRowsOf } from '../../../open-data/tables.ts';
import { getPlanExport } from '../../../lib/open-data-export.ts';

export const getStaticPaths = (async () => {
  const data = await getPlanExport();
  return data.indicators
    .filter((indicator) => indicator.values.length > 0)
    .map((indicator) => ({ params: { slug: indicator.url.replace(/\/$/, '').split('/').pop() ?? indicator.id }, props: { id: indicator.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const data = await getPlanExport();
  // Only this indicator's rows: building every indicator's rows for each file made the build quadratic.
  const indicator = data.indicators.find((item) => item.id === props['id']);
  if (!indicator) throw new Error(`Indikatorn \`${String(props['id'])}\` finns inte i den öppna datan.`);
  const rows = valueRowsOf(indicator);
  return new Response(toCsv(INDICATOR_VALUE_COLUMNS, rows, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
