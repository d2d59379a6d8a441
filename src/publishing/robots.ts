/** The text of `/robots.txt`: the published site names its sitemap; a preview turns crawlers away. */
export const robotsTxt = (preview: boolean, siteUrl: string, sitemapPath: string) =>
  preview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapPath, siteUrl).href}\n`;
