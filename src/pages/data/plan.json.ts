/** `/data/plan.json`: the whole plan as open data, documented on /oppna-data/. */
import type { APIRoute } from 'astro';
import { getPlanExport } from '../../lib/open-data-export.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getPlanExport(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
