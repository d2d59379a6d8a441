/** `/data/plan.json`: the whole plan as open data, documented on /oppna-data/. Streamed: it grows with the plan. */
import type { APIRoute } from 'astro';
import { getPlanExport } from '../../lib/open-data-export.ts';
import { prettyJsonChunks, textStream } from '../../open-data/stream.ts';

export const GET: APIRoute = async () => {
  const data = await getPlanExport();
  return new Response(textStream((function* () {
    yield* prettyJsonChunks(data);
    yield '\n';
  })()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
