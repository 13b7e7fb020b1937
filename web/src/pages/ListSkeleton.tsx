/** A placeholder while a list loads: grey rows where the content will be, and words for screen readers. */
export function ListSkeleton({ label }: { label: string }) {
  return (
    <div className="list-skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {[1, 2, 3].map((row) => <div key={row} className="skeleton skeleton-row" />)}
    </div>
  );
}
