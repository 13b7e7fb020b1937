/**
 * The state of a list screen as it is kept in the URL's query string, under the API's own parameter
 * names, so a list's URL can be bookmarked, shared, reloaded and walked with back and forward.
 */
export interface ListState {
  search: string;
  page: number;
  sort_by?: string;
  sort_order?: string;
  category?: string;
  date_from?: string;
  date_to?: string;
}

const OPTIONAL = ['sort_by', 'sort_order', 'category', 'date_from', 'date_to'] as const;

export function readListState(params: URLSearchParams): ListState {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const state: ListState = { search: params.get('search') ?? '', page: Number.isFinite(page) && page >= 1 ? page : 1 };
  for (const name of OPTIONAL) {
    const value = params.get(name);
    if (value) {
      state[name] = value;
    }
  }
  return state;
}

/** The query string of a list state, leaving out defaults and empty values so URLs stay short. */
export function listQuery(state: ListState): string {
  const params = new URLSearchParams();
  if (state.search.trim()) {
    params.set('search', state.search.trim());
  }
  for (const name of OPTIONAL) {
    const value = state[name]?.trim();
    if (value) {
      params.set(name, value);
    }
  }
  if (state.page > 1) {
    params.set('page', String(state.page));
  }
  return params.toString();
}
