import { z } from 'astro/zod';

/**
 * The committed result of the accessibility checks (`src/data/a11y-report.json`), written by
 * `npm run a11y:report` and read by `/tillganglighet/`, so the statement shows when the site was
 * last checked and what was found, never the build's own date.
 */
export const A11yReportSchema = z
  .object({
    /** The day the checks ran, e.g. `2026-11-23`. */
    checkedOn: z.iso.date(),
    /** The commit the checked site was built from, e.g. `9e3452a`; `okänd` outside git. */
    commit: z.string().min(1),
    /** Versions of the tools, e.g. `{ "axe-core": "4.14.1", "html-validate": "11.18.0", "chromium": "142.0" }`. */
    tools: z.record(z.string(), z.string()),
    /** axe rule tags that were run, e.g. `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]`. */
    wcagTags: z.array(z.string()).min(1),
    /** Colour schemes each page was checked in: `light` and `dark`. */
    colorSchemes: z.array(z.enum(['light', 'dark'])).min(1),
    /** Every page checked, by URL path, e.g. `/mal/vuxna/3-2/`. */
    pages: z.array(z.string().startsWith('/')).min(1),
    /** Each axe violation: the rule, its explanation, and the pages it was found on. */
    axeViolations: z.array(
      z.object({
        /** axe rule id, e.g. `color-contrast`. */
        rule: z.string(),
        /** What the rule asks for, in axe's words. */
        help: z.string(),
        /** Pages with the problem, e.g. `["/om/ (dark)"]`. */
        pages: z.array(z.string()),
      }),
    ),
    /** Number of html-validate errors over all pages. */
    htmlErrors: z.number().int().min(0),
    /** Number of broken internal links, fragments or assets. */
    brokenLinks: z.number().int().min(0),
  })
  .strict();

export type A11yReport = z.output<typeof A11yReportSchema>;
