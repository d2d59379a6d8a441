/**
 * Each focus area's colour as a stylesheet rule (`[data-area="3"]`), so pages need no inline
 * `style` attribute: the Content-Security-Policy allows styles from the site's own files only.
 */
import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/content.ts';

export const GET: APIRoute = async () => {
  const plan = await getPlan();
  const areas = [...plan.content.focusAreas].sort((a, b) => a.data.number - b.data.number);
  // `color` is validated as #rrggbb by the schema, so it cannot break out of the rule.
  const rules = areas.map((area) => `[data-area='${area.data.number}'] {\n  --area-color: ${area.data.color};\n}\n`);
  return new Response(rules.join('\n'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
