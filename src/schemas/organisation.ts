import { z } from 'astro/zod';
import { EntryIdSchema, lifecycleFields, SlugSchema, SourcesSchema, urlField } from './shared.ts';

/** What kind of body an organisation is; decides where it is listed. */
export const ORGANISATION_KINDS = [
  'part', // a party to the plan: VGR, VästKom, NSPHiG
  'nationell', // national actors: SKL/SKR, the government
  'ledning', // county-wide steering and political bodies: VVG, SRO, the steering group, HSS
  'kommunalförbund',
  'delregional-vårdsamverkan',
] as const;

/** An organisation or collaboration structure that the plan names, e.g. VästKom or VVG. The body
 * describes its role in the plan. */
export const OrganisationSchema = z
  .object({
    /** Full name, e.g. "Västra Götalandsregionen". */
    name: z.string().min(1),
    /** Abbreviation if one is used, e.g. "VGR". */
    abbreviation: z.string().min(1).optional(),
    /** One of: `part`, `nationell`, `ledning`, `kommunalförbund`, `delregional-vårdsamverkan`. */
    kind: z.enum(ORGANISATION_KINDS),
    /** The municipalities that belong to it, for kommunalförbund and vårdsamverkan areas. */
    municipalities: z.array(z.string().min(1)).default([]),
    /** For a sub-regional vårdsamverkan group: its page, `/delregioner/<slug>/`, e.g. `fyrbodal`. Required for that kind. */
    slug: SlugSchema.optional(),
    /**
     * For a vårdsamverkan group whose own member list no source gives: the id of the
     * kommunalförbund whose members the page lists instead, saying so, e.g. `skaraborgs-kommunalforbund`.
     */
    membersFrom: EntryIdSchema.optional(),
    /** Id of a body this one belongs to or answers to, e.g. `vastkom`. */
    partOf: EntryIdSchema.optional(),
    /** The organisation's own website, if the sources give it. */
    website: urlField().optional(),
    /** Where the facts about it come from. */
    sources: SourcesSchema,
    ...lifecycleFields,
  })
  .strict();

export type Organisation = z.output<typeof OrganisationSchema>;
