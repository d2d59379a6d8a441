/**
 * The search page `/sok/`: runs Pagefind as the reader types, reads and writes the query and the
 * filters in the address (`?q=brukare&malgrupp=vuxna`) so a search can be linked, and announces
 * the number of results in a polite live region. Without JavaScript the page keeps its notice
 * and links to the lists instead.
 */
import { resultCount, searchUi, showingOf } from '../../i18n/sv.ts';
import { type ChosenFilters, type FilterKey, normaliseQuery, pagefindFilters, realMatches } from '../contract.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-client.ts';
import { resultItem } from './search-results.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

const $ = <T extends HTMLElement>(selector: string) => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page has no ${selector}.`);
  return found;
};
const form = $<HTMLFormElement>('[data-search-form]');
const field = $<HTMLInputElement>('[data-search-field]');
const filterBox = $<HTMLFieldSetElement>('[data-search-filters]');
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const notice = $<HTMLElement>('[data-search-notice]');
const noticeText = $<HTMLElement>('[data-search-notice-text]');
const status = $<HTMLElement>('[data-search-status]');
const resultsBox = $<HTMLElement>('[data-search-results]');
const list = $<HTMLOListElement>('[data-search-list]');
const more = $<HTMLButtonElement>('[data-search-more]');
const shown = $<HTMLElement>('[data-search-shown]');

const pageTitle = document.title;
let pagefind: Pagefind;
let latest = 0;
let results: PagefindResult[] = [];

/** The filters as the index names them, from each select's chosen option. */
function chosenFilters(): ChosenFilters {
  const chosen: ChosenFilters = {};
  for (const select of selects) {
    const value = select.selectedOptions[0]?.dataset['value'];
    if (value) chosen[select.dataset['filter'] as FilterKey] = value;
  }
  return chosen;
}

/** Keeps the address and title in step with the form, so a search can be bookmarked and shared. */
function updateAddress(): void {
  document.title = field.value.trim() ? `”${field.value.trim()}” – ${pageTitle}` : pageTitle;
  const params = new URLSearchParams();
  if (field.value.trim()) params.set('q', field.value.trim());
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Lists the next results; `run` is the search they belong to, dropped if a newer one started. */
async function showMore(run = latest): Promise<void> {
  const from = list.children.length;
  const batch = await Promise.all(results.slice(from, from + PAGE_SIZE).map((result) => result.data()));
  if (run !== latest) return;
  list.append(...batch.map(resultItem));
  more.hidden = list.children.length >= results.length;
  shown.textContent = more.hidden ? '' : showingOf(list.children.length, results.length);
  // After "Visa fler", continue where the new results start.
  if (from > 0) list.children[from]?.querySelector('a')?.focus();
}

async function runSearch(): Promise<void> {
  const run = ++latest;
  const query = normaliseQuery(field.value);
  updateAddress();
  if (!query) {
    results = [];
    list.replaceChildren();
    resultsBox.hidden = true;
    status.textContent = '';
    return;
  }
  const filters = chosenFilters();
  const search = await pagefind.search(query, { filters: pagefindFilters(filters) });
  if (run !== latest || !search) return; // a newer search has started
  const real = await realMatches(query, search.results);
  if (run !== latest) return;
  results = real;
  list.replaceChildren();
  await showMore(run);
  if (run !== latest) return;
  resultsBox.hidden = results.length === 0;
  const filtered = Object.keys(filters).length > 0;
  status.textContent = resultCount(results.length, field.value.trim(), filtered) + (results.length === 0 ? ` ${searchUi.noHitsHelp}` : '');
}

/** Pagefind could not load or search (no index, blocked WebAssembly): say so, offer the lists. */
function fail(error: unknown): void {
  noticeText.textContent = import.meta.env.DEV ? `${searchUi.devNoIndex} ${searchUi.loadFailed}` : searchUi.loadFailed;
  notice.hidden = false;
  filterBox.hidden = true;
  resultsBox.hidden = true;
  status.textContent = '';
  console.error(error);
}

const searchNow = () => runSearch().catch(fail);

let typingTimer: ReturnType<typeof setTimeout> | undefined;
function searchSoon(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void searchNow(), TYPING_PAUSE_MS);
}

function readAddress(): void {
  const params = new URLSearchParams(location.search);
  field.value = params.get('q') ?? '';
  for (const select of selects) {
    const value = params.get(select.name) ?? '';
    select.value = [...select.options].some((option) => option.value === value) ? value : '';
  }
}

async function start(): Promise<void> {
  readAddress();
  notice.hidden = true; // JavaScript runs; the notice returns only if the index cannot be loaded
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    fail(error);
    return;
  }
  filterBox.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    if (!normaliseQuery(field.value)) status.textContent = searchUi.emptyQuery;
    else void searchNow();
  });
  field.addEventListener('input', () => {
    void pagefind.preload(normaliseQuery(field.value)).catch(() => {}); // a failing search reports it
    searchSoon();
  });
  for (const select of selects) select.addEventListener('change', () => void searchNow());
  more.addEventListener('click', () => void showMore().catch(fail));
  if (field.value.trim()) await searchNow();
}

void start();
