/** `content/installningar.yml` in the editors' check: each mistake on its line, in Swedish. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { scenario } from '../helpers/scenario.ts';

describe('the site settings in the check', () => {
  it('pass as committed in the fixtures and in the real content', async () => {
    const { issues } = await checkContent(await scenario('base'));
    expect(issues.filter((issue) => issue.file.endsWith('installningar.yml'))).toEqual([]);
  });

  it('report each wrong value on its line, naming the English field', async () => {
    const { issues } = await checkContent(await scenario('wrong-settings'));
    const found = issues.filter((issue) => issue.file === 'content/installningar.yml').map(({ line, code, field }) => [line, code, field]);
    expect(found).toEqual([
      [2, 'wrong-format', 'siteUrl'],
      [5, 'unknown-value', 'repository.host'],
      [8, 'unknown-field', 'kontakt'],
    ]);
    const host = issues.find((issue) => issue.field === 'repository.host');
    expect(host?.message).toContain('`github`, `gitlab` och `gitea`');
    expect(issues.find((issue) => issue.field === 'kontakt')?.message).toBe(
      'Fältet `kontakt` finns inte i inställningarna. Fälten som finns är `siteUrl`, `repository`, `publisher`, `contactEmail`.',
    );
  });
});
