/**
 * A rule that throws on input nobody foresaw: the check names that step in its Swedish message
 * and still runs the others. Content can make only the settings step throw (run-check.test.ts),
 * so here each rule is wrapped to throw when asked, and the real rule runs otherwise.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { scenario } from '../helpers/scenario.ts';

const { failing, wrap } = vi.hoisted(() => {
  const failing = { step: '' };
  const wrap = <F extends (...args: never[]) => unknown>(step: string, real: F) =>
    ((...args: Parameters<F>) => {
      if (failing.step === step) throw new Error(`Regeln ${step} gick sönder\nmed fler rader`);
      return real(...args);
    }) as F;
  return { failing, wrap };
});

vi.mock('../../src/check/layout-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/layout-check.ts')>();
  return { ...real, checkLayout: wrap('files', real.checkLayout) };
});
vi.mock('../../src/check/schema-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/schema-check.ts')>();
  return { ...real, checkSchemas: wrap('schemas', real.checkSchemas) };
});
vi.mock('../../src/check/date-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/date-check.ts')>();
  return { ...real, checkDates: wrap('dates', real.checkDates) };
});
vi.mock('../../src/check/body-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/body-check.ts')>();
  return { ...real, checkBodies: wrap('bodies', real.checkBodies) };
});
vi.mock('../../src/check/markup-safety-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/markup-safety-check.ts')>();
  return { ...real, checkMarkupSafety: wrap('markup', real.checkMarkupSafety) };
});
vi.mock('../../src/check/placeholder-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/placeholder-check.ts')>();
  return { ...real, checkPlaceholders: wrap('placeholders', real.checkPlaceholders) };
});
vi.mock('../../src/check/graph-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/graph-check.ts')>();
  return { ...real, checkGraph: wrap('graph', real.checkGraph) };
});
vi.mock('../../src/check/redirect-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/redirect-check.ts')>();
  return { ...real, checkRedirects: wrap('redirects', real.checkRedirects) };
});
vi.mock('../../src/indicators/indicator-files.ts', async (original) => {
  const real = await original<typeof import('../../src/indicators/indicator-files.ts')>();
  return { ...real, indicatorDataOf: wrap('indicator-data', real.indicatorDataOf) };
});
vi.mock('../../src/check/url-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/url-check.ts')>();
  return { ...real, checkUrls: wrap('urls', real.checkUrls) };
});
vi.mock('../../src/check/lix-check.ts', async (original) => {
  const real = await original<typeof import('../../src/check/lix-check.ts')>();
  return { ...real, checkLix: wrap('lix', real.checkLix) };
});

describe('a step that throws', () => {
  it.each(['files', 'schemas', 'dates', 'bodies', 'markup', 'placeholders', 'graph', 'redirects', 'indicator-data', 'urls', 'lix'])(
    '`%s` is named, with the first line of what went wrong, and nothing else is reported on the base plan',
    async (step) => {
      const { root, contentDir } = await scenario('base');
      failing.step = step;
      try {
        const { issues } = await checkContent({ contentDir, root });
        expect(issues).toEqual([expect.objectContaining({
          file: 'content/', code: 'check-failed', severity: 'error',
          message: `Kontrollen kunde inte göra steget \`${step}\` för innehållet (Regeln ${step} gick sönder). Något i en fil är så ovanligt att kontrollen inte klarar det: ångra den senaste ändringen och kör \`npm run check\` igen, eller be en utvecklare om hjälp.`,
        })]);
      } finally {
        failing.step = '';
      }
    },
  );
});
