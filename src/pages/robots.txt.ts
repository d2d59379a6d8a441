/**
 * `/robots.txt`: the published site may be indexed and names its sitemap (from SITE_URL); a
 * preview asks every crawler to stay away and submits no sitemap.
 */
import type { APIRoute } from 'astro';
import { IS_PREVIEW, SITE_URL } from '../consts.ts';
import { SITEMAP } from '../integrations/sitemap.ts';
import { robotsTxt } from '../publishing/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(IS_PREVIEW, SITE_URL, SITEMAP), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
