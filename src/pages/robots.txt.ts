/** `/robots.txt`: every page may be indexed; the sitemap's address comes from SITE_URL. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../consts.ts';
import { SITEMAP } from '../integrations/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP, SITE_URL).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
