/**
 * Links into the repository that holds the content, for "Föreslå en ändring". Each git host
 * spells them differently. Without a repository URL there are no such links (`undefined`).
 */
import { REPOSITORY_BRANCH, REPOSITORY_HOST, REPOSITORY_URL } from '../consts.ts';
import type { RepositoryHost } from '../schemas/site-settings.ts';

interface Repository {
  url: string;
  host: RepositoryHost;
  branch: string;
}

const PATTERNS: Record<RepositoryHost, { edit: string; tree: string; issues: string }> = {
  github: { edit: 'edit/{branch}/{path}', tree: 'tree/{branch}/{path}', issues: 'issues' },
  gitlab: { edit: '-/edit/{branch}/{path}', tree: '-/tree/{branch}/{path}', issues: '-/issues' },
  gitea: { edit: '_edit/{branch}/{path}', tree: 'src/branch/{branch}/{path}', issues: 'issues' },
};

const link = (repo: Repository, kind: keyof (typeof PATTERNS)['github'], path = '') =>
  repo.url === ''
    ? undefined
    : `${repo.url}/${PATTERNS[repo.host][kind].replace('{branch}', repo.branch).replace('{path}', path.replace(/\/$/, ''))}`;

/** Edit links for any repository (tests use this directly). */
export const repositoryLinks = (repo: Repository) => ({
  edit: (path: string) => link(repo, 'edit', path),
  folder: (path: string) => link(repo, 'tree', path),
  issues: () => link(repo, 'issues'),
});

const site = repositoryLinks({ url: REPOSITORY_URL, host: REPOSITORY_HOST, branch: REPOSITORY_BRANCH });

/** The page where anyone can propose a change to a file (GitHub opens a pull request). */
export const editUrl = site.edit;

/** A folder of the repository, for pages made from many files. */
export const folderUrl = site.folder;

/** The repository's issue list, where anyone can report a problem. */
export const issuesUrl = site.issues;
