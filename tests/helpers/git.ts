/** Whether the tests run inside a git checkout: dates and histories come from git, and a copy without it has none. */
import { execFileSync } from 'node:child_process';

export const inGitCheckout = (() => {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
