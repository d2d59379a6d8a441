/**
 * Free-standing pages that are all content (`content/sidor/<id>.md`), built at `/<id>/` only when
 * their file exists: "Behöver du stöd nu?" and "Om webbplatsen". Test plans may leave them out.
 */
export const STANDALONE_PAGES = ['stod-nu', 'om-webbplatsen'] as const;
export type StandalonePage = (typeof STANDALONE_PAGES)[number];
