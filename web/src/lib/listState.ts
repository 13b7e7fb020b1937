/** The state of a list screen as it is kept in the URL's query string. */
export interface ListState {
  search: string;
  page: number;
}

export function readListState(params: URLSearchParams): ListState {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { search: params.get('search') ?? '', page: Number.isFinite(page) && page >= 1 ? page : 1 };
}

/** The query string of a list state, leaving out defaults so URLs stay short. */
export function listQuery(state: ListState): string {
  const params = new URLSearchParams();
  if (state.search.trim()) {
    params.set('search', state.search.trim());
  }
  if (state.page > 1) {
    params.set('page', String(state.page));
  }
  return params.toString();
}
