import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useApi } from '../api/context';
import { formatMoney } from '../lib/format';

type Summary = Schemas['AnalyticsResponses.Summary'];

export function Dashboard() {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const currency = params.get('currency');
  const summary = useQuery({
    queryKey: ['analytics', 'summary', currency],
    queryFn: () => api.get<Summary>(`/api/v1/analytics/summary${currency ? `?currency=${encodeURIComponent(currency)}` : ''}`),
  });

  if (summary.isPending) {
    return <p className="loading" aria-live="polite">Loading your figures…</p>;
  }
  if (summary.error) {
    return <p role="alert" className="error">Your figures could not be loaded: {summary.error.message}</p>;
  }
  const data = summary.data;
  const code = data.currency_code ?? 'USD';
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Dashboard</h1>
      {data.total_items === 0 ? (
        <p className="empty">Nothing recorded yet. Add your first purchase under Purchases.</p>
      ) : (
        <div className="cards">
          <Card label={`Spent (${code})`} value={formatMoney(data.total_spent ?? '0', code)} />
          <Card label="Purchases" value={String(data.total_items ?? 0)} />
          <Card label="Active warranties" value={String(data.active_warranties ?? 0)} />
          <Card label="Expiring soon" value={String(data.expiring_warranties ?? 0)} />
        </div>
      )}
      {(data.other_currencies ?? []).length > 0 && (
        <p className="currencies">
          Also spent in:{' '}
          {(data.other_currencies ?? []).map((other) => (
            <button key={other.currency_code} type="button" className="link"
                    onClick={() => setParams({ currency: other.currency_code ?? '' })}>
              {formatMoney(other.total_spent ?? '0', other.currency_code ?? 'USD')}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}

function Card({ label, value }: { label: string; value: string }) {
  return (
    <div className="card">
      <div className="card-label">{label}</div>
      <div className="card-value">{value}</div>
    </div>
  );
}
