/**
 * Free-standing pages that are all content (`content/sidor/<id>.md`), built at `/<id>/` only when
 * their file exists: "Behöver du stöd nu?", "Om webbplatsen" and the suicide-prevention plan. Test
 * plans may leave them out.
 */
export const STANDALONE_PAGES = ['stod-nu', 'om-webbplatsen', 'suicidprevention'] as const;
export type StandalonePage = (typeof STANDALONE_PAGES)[number];
