/** A day written in content is the same day on every page, whatever time zone the build runs in. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';

const inZone = (tz: string) =>
  JSON.parse(
    execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), [join(PROJECT_ROOT, 'tests/helpers/dates-in-zone.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    }),
  ) as { date: string; shown?: string[]; problem?: string }[];

describe('dates in content', () => {
  it('read and format to the same day in Stockholm, UTC and far from both', () => {
    const stockholm = inZone('Europe/Stockholm');
    expect(stockholm[0]).toEqual({ date: '2018-05-04', shown: ['4 maj 2018 2018-05-04', '7 maj 2018 2018-05-07', '4 maj 2018 2018-05-04'] });
    expect(stockholm[2]?.shown?.[0]).toBe('31 december 2018 2018-12-31');
    // Forms that JavaScript would read in the machine's time zone are refused, not shifted.
    expect(stockholm[4]).toEqual({ date: '"2018-5-4"', problem: expect.stringContaining('ÅÅÅÅ-MM-DD') });
    expect(stockholm[5]).toEqual({ date: '"4/5/2018"', problem: expect.stringContaining('Menade du `2018-05-04`?') });
    expect(inZone('UTC')).toEqual(stockholm);
    expect(inZone('Pacific/Kiritimati')).toEqual(stockholm);
    expect(inZone('America/Los_Angeles')).toEqual(stockholm);
  });
});
