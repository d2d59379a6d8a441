/**
 * Swedish month names, January first. The event schema labels dates with them and the
 * dictionary (src/i18n/sv.ts) re-exports them; a module of its own, without Zod, so the search
 * page's script can use the dictionary without bundling a schema.
 */
export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];
