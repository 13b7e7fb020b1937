import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useSettings } from '../api/session';
import { formatDate, formatMoney, type DateFormat } from '../lib/format';
import { listQuery, readListState } from '../lib/listState';
import { PurchaseFilters } from './PurchaseFilters';
import { ListSkeleton } from './ListSkeleton';
import { Pager } from './Pager';

type PurchasePage = Schemas['PageResponse_PurchaseResponse_'];

/** The purchase list; search and page live in the URL, so back, forward and reload keep them. */
export function Purchases() {
  const api = useApi();
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const purchases = useQuery({
    queryKey: ['purchases', state],
    queryFn: () => api.get<PurchasePage>(`/api/v1/purchases?${listQuery(state)}`),
    placeholderData: keepPreviousData,
  });
  const dateFormat = (settings.data?.date_format ?? 'YYYY-MM-DD') as DateFormat;

  return (
    <section aria-labelledby="purchases-title">
      <div className="title-row">
        <h1 id="purchases-title">Purchases</h1>
        <Link className="button" to="/purchases/new">New purchase</Link>
      </div>
      <PurchaseFilters key={listQuery(state)} state={state} onApply={(next) => setParams(listQuery(next))} />
      {purchases.isPending && <ListSkeleton label="Loading purchases…" />}
      {purchases.error && <p role="alert" className="error">Purchases could not be loaded: {purchases.error.message}</p>}
      {purchases.data && purchases.data.items.length === 0 && (
        <p className="empty">{listQuery({ ...state, page: 1 }) ? 'Nothing matches these filters.' : 'No purchases yet: add the first with “New purchase”.'}</p>
      )}
      {purchases.data && purchases.data.items.length > 0 && (
        <>
          <table aria-busy={purchases.isPlaceholderData}>
            <thead>
              <tr><th scope="col">Product</th><th scope="col">Date</th><th scope="col">Retailer</th><th scope="col" className="number">Price</th></tr>
            </thead>
            <tbody>
              {purchases.data.items.map((purchase) => (
                <tr key={purchase.id}>
                  <td><Link to={`/purchases/${purchase.id}`}>{purchase.product_name}</Link></td>
                  <td>{formatDate(purchase.purchase_date, dateFormat)}</td>
                  <td>{purchase.retailer?.name ?? ''}</td>
                  <td className="number">{formatMoney(purchase.price ?? '0', purchase.currency_code)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager label="Pages" page={state.page} pages={purchases.data.pages} extra={`(${purchases.data.total} purchases)`}
                 onPage={(page) => setParams(listQuery({ ...state, page }))} />
        </>
      )}
    </section>
  );
}
