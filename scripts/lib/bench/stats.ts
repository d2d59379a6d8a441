/** Small statistics and formatting for the bench's figures. */

/** The middle value (the mean of the two middle ones for an even count); nothing for no values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of the values that were measured, skipping runs where a stage was not seen. */
export const medianOf = <T>(items: readonly T[], pick: (item: T) => number | undefined) =>
  median(items.map(pick).filter((value): value is number => value !== undefined && Number.isFinite(value)));

/** `a / b`, or nothing when either is missing or `b` is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export const formatRatio = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);
export const formatPercent = (value: number | undefined) => (value === undefined ? '–' : `${(value * 100).toFixed(1)} %`);
export const formatCount = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString('en-US'));
