/** The JSON Schema of plan.json, generated from its Zod schema: published, and read by /oppna-data/. */
import { z } from 'astro/zod';
import { DATA_FILES } from './plan-export.ts';
import { PLAN_SCHEMA_VERSION, PlanExportSchema } from './schema.ts';
import type { SchemaNode } from './field-docs.ts';

export function planJsonSchema(siteUrl: string): SchemaNode & Record<string, unknown> {
  const generated = z.toJSONSchema(PlanExportSchema, { io: 'output' });
  return {
    $schema: generated.$schema,
    $id: new URL(DATA_FILES.schema, siteUrl).href,
    title: `Handlingsplan psykisk hälsa i Västra Götaland: öppna data, version ${PLAN_SCHEMA_VERSION}`,
    ...generated,
  } as SchemaNode & Record<string, unknown>;
}
