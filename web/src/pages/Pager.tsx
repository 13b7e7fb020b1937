interface PagerProps {
  /** What the pages are of, for screen readers ("Pages of users"). */
  label: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** Said after "Page 2 of 5", e.g. "(120 purchases)". */
  extra?: string;
  previous?: string;
  next?: string;
}

/** Previous and next buttons around "Page N of M": the one way every list of the app turns its pages. */
export function Pager({ label, page, pages, onPage, extra, previous = 'Previous', next = 'Next' }: PagerProps) {
  return (
    <nav aria-label={label} className="pages">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>{previous}</button>
      <span>Page {page} of {Math.max(pages, 1)}{extra ? ` ${extra}` : ''}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>{next}</button>
    </nav>
  );
}
