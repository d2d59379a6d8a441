/** Where each indicator's own values are offered for download, next to the whole-plan files. */
import type { Indicator } from '../schemas/indicator.ts';

export const indicatorCsvUrl = (indicator: Pick<Indicator, 'slug'>) => `/data/indikatorer/${indicator.slug}.csv`;
