/**
 * A Zod error map with the editors' Swedish messages, installed for the content schemas in
 * `src/content.config.ts` and used for the site settings, so an error Astro itself reports (the
 * dev server's overlay, a bare `astro build`) reads like `npm run check`. Issues with the schema
 * author's own message keep it. It lives beside the plan, not in the check, so the build never
 * imports the check.
 */
import type { z } from 'astro/zod';
import { describeIssue, type IssueLike } from './zod-messages.ts';

export function swedishErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  const like = issue as unknown as IssueLike & { inst?: z.core.$ZodType };
  try {
    return describeIssue(like, { inst: like.inst });
  } catch {
    return undefined;
  }
}
