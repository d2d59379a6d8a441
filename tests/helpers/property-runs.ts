/**
 * How many cases a property test runs: its own number, or `PROPERTY_RUNS` when that is set and
 * smaller. The mutation run (tests/mutation/vitest.config.ts) sets it, because it runs the tests
 * once per mutant; `npm test` leaves it unset and keeps each test's full number.
 */
export function propertyRuns(full: number): number {
  const fewer = Number(process.env['PROPERTY_RUNS']);
  return Number.isInteger(fewer) && fewer > 0 ? Math.min(fewer, full) : full;
}
