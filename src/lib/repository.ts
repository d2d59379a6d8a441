/** Links into the repository that holds the content, for "Föreslå en ändring". */
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../consts.ts';

/** The page where anyone can propose a change to a file (GitHub opens a pull request). */
export const editUrl = (path: string) => `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${path}`;

/** A folder of the repository, for pages made from many files. */
export const folderUrl = (path: string) => `${REPOSITORY_URL}/tree/${REPOSITORY_BRANCH}/${path.replace(/\/$/, '')}`;
