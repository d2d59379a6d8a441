/**
 * Each focus area's colour as a stylesheet rule (`[data-area="3"]`), so pages need no inline
 * `style` attribute: the Content-Security-Policy allows styles from the site's own files only.
 * The five colours are also the site's identity: `--area-band` is the band across the header.
 * In dark mode each colour is lightened, so bars and borders stay visible on a dark background.
 */
import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/content.ts';

/** `#rrggbb` mixed with white: `share` 0 keeps the colour, 1 gives white. */
function lighten(hex: string, share: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(c + (255 - c) * share).toString(16).padStart(2, '0')).join('')}`;
}

export const GET: APIRoute = async () => {
  const plan = await getPlan();
  const areas = [...plan.content.focusAreas].sort((a, b) => a.data.number - b.data.number);
  // `color` is validated as #rrggbb by the schema, so it cannot break out of the rule.
  const rules = areas.map((area) => `[data-area='${area.data.number}'] {\n  --area-color: ${area.data.color};\n}\n`);
  const dark = areas.map((area) => `  [data-area='${area.data.number}'] {\n    --area-color: ${lighten(area.data.color, 0.45)};\n  }\n`);
  const step = 100 / Math.max(areas.length, 1);
  const stops = areas.map((area, i) => `${area.data.color} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  const band = `:root {\n  --area-band: linear-gradient(90deg, ${stops.join(', ')});\n}\n`;
  const css = [band, ...rules, `@media (prefers-color-scheme: dark) {\n${dark.join('\n')}}\n`];
  return new Response(css.join('\n'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
