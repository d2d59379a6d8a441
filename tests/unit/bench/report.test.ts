import { describe, expect, it } from 'vitest';
import { replaceBetweenMarkers } from '../../../scripts/lib/bench/report.ts';

describe('README results section', () => {
  const readme = '# Site\n\nIntro.\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\n## Next\n';

  it('replaces only what is between the markers', () => {
    const updated = replaceBetweenMarkers(readme, '| new |');
    expect(updated).toContain('<!-- bench:start -->\n| new |\n<!-- bench:end -->');
    expect(updated).not.toContain('old table');
    expect(updated.startsWith('# Site\n\nIntro.')).toBe(true);
    expect(updated.endsWith('## Next\n')).toBe(true);
  });

  it('refuses a README without the markers', () => {
    expect(() => replaceBetweenMarkers('# Site\n', 'x')).toThrow(/bench:start/);
  });
});
