/**
 * `content/installningar.yml`: the site's own settings, one file editors can change through git.
 * Environment variables override single values at build time (see `src/consts.ts`). A value
 * nobody knows yet stays empty (`''`), and what depends on it is left out of the site.
 */
import { z } from 'astro/zod';

/** Git hosts whose "edit this file" and "folder" addresses the site knows how to write. */
export const REPOSITORY_HOSTS = ['github', 'gitlab', 'gitea'] as const;
export type RepositoryHost = (typeof REPOSITORY_HOSTS)[number];

/** Empty, or an absolute `http(s)` address without query or fragment. */
const OptionalUrlSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(value), {
    message: 'Skriv en hel adress som börjar med `https://`, t.ex. `https://psykiskhalsa.se`, eller lämna värdet tomt (`""`).',
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const SiteSettingsSchema = z
  .object({
    /**
     * The address where the site is published, e.g. `https://psykiskhalsa.vgregion.se`. Canonical
     * links, the sitemap, social cards and "Länka till detta mål" are made from it. Required for
     * `npm run build` (production); empty is fine for `npm start` (preview).
     */
    siteUrl: z
      .string()
      .trim()
      .refine((value) => value === '' || /^https?:\/\/[^\s/?#]+\/?$/.test(value), {
        message: 'Skriv bara adressens början, t.ex. `https://psykiskhalsa.example.se`, utan sökväg efter domänen, eller lämna värdet tomt (`""`).',
      })
      .transform((value) => value.replace(/\/+$/, ''))
      .default(''),
    /** Where the content is kept, for "Föreslå en ändring" links. */
    repository: z
      .object({
        /** The repository's web address, e.g. `https://github.com/organisation/repo`. Empty: no edit links. */
        url: OptionalUrlSchema.default(''),
        /** Which kind of git host it is: `github`, `gitlab` or `gitea` (edit links differ). */
        host: z.enum(REPOSITORY_HOSTS).default('github'),
        /** The branch editors' links open, e.g. `main`. */
        branch: z.string().trim().regex(/^[\w./-]+$/, 'Skriv grenens namn, t.ex. `main`.').default('main'),
      })
      .strict()
      .default({ url: '', host: 'github', branch: 'main' }),
    /** The organisations that publish the site, shown as its sender, e.g. `[Västra Götalandsregionen, VästKom]`. */
    publisher: z.array(z.string().trim().min(1)).min(1, 'Ange minst en organisation som står bakom webbplatsen.'),
    /** A public e-mail address for feedback and error reports, e.g. `psykiskhalsa@example.se`. Empty: not shown. */
    contactEmail: z
      .string()
      .trim()
      .refine((value) => value === '' || z.email().safeParse(value).success, {
        message: 'Skriv en hel e-postadress, t.ex. `namn@organisation.se`, eller lämna värdet tomt (`""`).',
      })
      .default(''),
  })
  .strict();

export type SiteSettings = z.output<typeof SiteSettingsSchema>;
