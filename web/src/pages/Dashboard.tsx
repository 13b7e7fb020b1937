import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useSettings } from '../api/session';
import { daysBetween, formatDate, formatMoney, localToday, type DateFormat } from '../lib/format';
import { SpendingChart } from './SpendingChart';

type Summary = Schemas['AnalyticsResponses.Summary'];
type Spending = Schemas['AnalyticsResponses.Spending'];
type Categories = Schemas['AnalyticsResponses.Categories'];
type Retailers = Schemas['AnalyticsResponses.Retailers'];
type Brands = Schemas['AnalyticsResponses.Brands'];
type Timeline = Schemas['AnalyticsResponses.Timeline'];
type PurchasePage = Schemas['PageResponse_PurchaseResponse_'];

interface Share {
  key: string;
  name: string;
  count?: number;
  total_spent?: string;
  percentage?: number;
}

/** Where the money went and what is about to expire, in one currency at a time (money is never summed across currencies). */
export function Dashboard() {
  const api = useApi();
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const currency = params.get('currency');
  const query = currency ? `currency=${encodeURIComponent(currency)}` : '';
  const get = <T,>(path: string, extra = '') => () => api.get<T>(`/api/v1/analytics/${path}?${[query, extra].filter(Boolean).join('&')}`);
  const summary = useQuery({ queryKey: ['analytics', 'summary', currency], queryFn: get<Summary>('summary') });
  const spending = useQuery({ queryKey: ['analytics', 'spending', currency], queryFn: get<Spending>('spending', 'months=12') });
  const categories = useQuery({ queryKey: ['analytics', 'categories', currency], queryFn: get<Categories>('categories') });
  const retailers = useQuery({ queryKey: ['analytics', 'retailers', currency], queryFn: get<Retailers>('retailers', 'limit=5') });
  const brands = useQuery({ queryKey: ['analytics', 'brands', currency], queryFn: get<Brands>('brands', 'limit=5') });
  const timeline = useQuery({ queryKey: ['analytics', 'timeline'], queryFn: () => api.get<Timeline>('/api/v1/analytics/warranties/timeline?months=3') });
  const today = localToday();
  const returns = useQuery({
    queryKey: ['purchases', 'open-returns', today],
    queryFn: () => api.get<PurchasePage>(`/api/v1/purchases?return_deadline_from=${today}&sort_by=return_deadline&sort_order=asc&size=5`),
  });
  const dateFormat = (settings.data?.date_format ?? 'YYYY-MM-DD') as DateFormat;

  if (summary.isPending) {
    return <div className="cards" aria-busy="true" aria-label="Loading your figures">{[1, 2, 3, 4].map((n) => <div key={n} className="card skeleton" />)}</div>;
  }
  if (summary.error) {
    return <p role="alert" className="error">Your figures could not be loaded: {summary.error.message}</p>;
  }
  const data = summary.data;
  const code = data.currency_code ?? 'USD';
  const expiring = (timeline.data?.timeline ?? []).flatMap((month) => month.warranties ?? []);
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Dashboard</h1>
      {data.total_items === 0 ? (
        <p className="empty">Nothing recorded yet. <Link to="/purchases/new">Add your first purchase</Link>.</p>
      ) : (
        <>
          <div className="cards">
            <Card label={`Spent (${code})`} value={formatMoney(data.total_spent ?? '0', code)} />
            <Card label="Purchases" value={String(data.total_items ?? 0)} />
            <Card label="Active warranties" value={String(data.active_warranties ?? 0)} />
            <Card label="Expiring within 30 days" value={String(data.expiring_warranties ?? 0)} />
          </div>
          {(data.other_currencies ?? []).length > 0 && (
            <p className="currencies">
              Also spent in other currencies (shown separately, never added up):{' '}
              {(data.other_currencies ?? []).map((other) => (
                <button key={other.currency_code} type="button" className="link"
                        onClick={() => setParams({ currency: other.currency_code ?? '' })}>
                  {formatMoney(other.total_spent ?? '0', other.currency_code ?? 'USD')}
                </button>
              ))}
            </p>
          )}
          <h2>Spending over the last 12 months</h2>
          {spending.data && <SpendingChart months={spending.data.spending_over_time} currency={code} />}
          <div className="panels">
            <Shares title="By category" currency={code}
                    items={(categories.data?.categories ?? []).map((c) => ({ ...c, key: c.name ?? '', name: c.name ?? 'No category' }))} />
            <Shares title="By retailer" currency={code}
                    items={(retailers.data?.retailers ?? []).map((r) => ({ ...r, key: r.id ?? '', name: r.name ?? 'No retailer' }))} />
            <Shares title="By brand" currency={code}
                    items={(brands.data?.brands ?? []).map((b) => ({ ...b, key: b.id ?? '', name: b.name ?? 'No brand' }))} />
          </div>
        </>
      )}
      <h2>Warranties ending in the next three months</h2>
      {expiring.length === 0 ? (
        <p className="empty">None: nothing to act on.</p>
      ) : (
        <ul className="expiring">
          {expiring.map((warranty) => (
            <li key={warranty.id}>
              <Link to={`/purchases/${warranty.purchase_id}`}>{warranty.product_name}</Link>{' '}
              <span className="muted">ends {formatDate(warranty.warranty_end ?? '', dateFormat)}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Return windows still open</h2>
      {(returns.data?.items ?? []).length === 0 ? (
        <p className="empty">None: no purchase has a return deadline ahead. Add one on a purchase to be reminded here.</p>
      ) : (
        <ul className="expiring">
          {(returns.data?.items ?? []).map((purchase) => (
            <li key={purchase.id}>
              <Link to={`/purchases/${purchase.id}`}>{purchase.product_name}</Link>{' '}
              <span className="muted">return by {formatDate(purchase.return_deadline ?? '', dateFormat)}
                {' '}({daysLeft(daysBetween(today, purchase.return_deadline ?? today))})</span>
            </li>
          ))}
          {(returns.data?.total ?? 0) > 5 && <li className="muted">and {(returns.data?.total ?? 0) - 5} more</li>}
        </ul>
      )}
    </section>
  );
}

function daysLeft(days: number) {
  return days === 0 ? 'today is the last day' : days === 1 ? '1 day left' : `${days} days left`;
}

function Card({ label, value }: { label: string; value: string }) {
  return (
    <div className="card">
      <div className="card-label">{label}</div>
      <div className="card-value">{value}</div>
    </div>
  );
}

function Shares({ title, items, currency }: { title: string; items: Share[]; currency: string }) {
  return (
    <div className="panel">
      <h3>{title}</h3>
      {items.length === 0 ? <p className="muted">Nothing yet.</p> : (
        <ul className="shares">
          {items.map((item) => (
            <li key={item.key || item.name}>
              <div className="share-row">
                <span>{item.name}</span>
                <span className="number">{formatMoney(item.total_spent ?? '0', currency)}</span>
              </div>
              <meter min={0} max={100} value={item.percentage ?? 0} aria-label={`${item.name}: ${item.percentage ?? 0}%`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
