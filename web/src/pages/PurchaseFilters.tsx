import { type FormEvent, useState } from 'react';
import type { ListState } from '../lib/listState';

/** Sort orders offered, as `sort_by:sort_order`; the first is the API's default. */
const SORTS = [
  ['', 'Newest purchase first'],
  ['purchase_date:asc', 'Oldest purchase first'],
  ['spent:desc', 'Most spent first'],
  ['price:asc', 'Cheapest first'],
  ['product_name:asc', 'Product name A–Z'],
  ['created_at:desc', 'Recently added first'],
] as const;

/** Search, filters and sort of the purchase list; applying them starts again at page 1. */
export function PurchaseFilters({ state, onApply }: { state: ListState; onApply: (state: ListState) => void }) {
  const [draft, setDraft] = useState(state);
  const sort = draft.sort_by ? `${draft.sort_by}:${draft.sort_order ?? 'desc'}` : '';

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  }

  function chooseSort(value: string) {
    const [sort_by, sort_order] = value ? value.split(':') : [undefined, undefined];
    setDraft({ ...draft, sort_by, sort_order });
  }

  return (
    <form role="search" onSubmit={submit} className="filters" aria-label="Search and filter purchases">
      <div className="field">
        <label htmlFor="search">Search</label>
        <input id="search" type="search" value={draft.search} onChange={(e) => setDraft({ ...draft, search: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="category-filter">Category</label>
        <input id="category-filter" value={draft.category ?? ''} onChange={(e) => setDraft({ ...draft, category: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="date-from">From</label>
        <input id="date-from" type="date" value={draft.date_from ?? ''} onChange={(e) => setDraft({ ...draft, date_from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="date-to">To</label>
        <input id="date-to" type="date" value={draft.date_to ?? ''} onChange={(e) => setDraft({ ...draft, date_to: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="sort">Sort</label>
        <select id="sort" value={sort} onChange={(e) => chooseSort(e.target.value)}>
          {SORTS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="field filter-actions">
        <button type="submit">Search</button>
        <button type="button" className="secondary" onClick={() => { setDraft({ search: '', page: 1 }); onApply({ search: '', page: 1 }); }}>
          Clear
        </button>
      </div>
    </form>
  );
}
