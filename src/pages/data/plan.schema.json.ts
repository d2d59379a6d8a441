/** `/data/plan.schema.json`: JSON Schema of plan.json, generated from its Zod schema. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../../consts.ts';
import { planJsonSchema } from '../../open-data/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(planJsonSchema(SITE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
