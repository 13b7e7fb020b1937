import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useSettings } from '../api/session';
import { formatDate, type DateFormat } from '../lib/format';
import { ListSkeleton } from './ListSkeleton';

type WarrantyPage = Schemas['PageResponse_WarrantyResponse_'];
type Warranty = Schemas['WarrantyResponse'];

const STATUSES = [['', 'All'], ['ACTIVE', 'Active'], ['EXPIRED', 'Expired'], ['VOIDED', 'Voided']] as const;

/** Warranties: the ones ending within 30 days first, then every warranty by status (the filter is in the URL). */
export function WarrantiesPage() {
  const api = useApi();
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const expiring = useQuery({ queryKey: ['warranties', 'expiring'], queryFn: () => api.get<WarrantyPage>('/api/v1/warranties/expiring?days=30&size=100') });
  const all = useQuery({
    queryKey: ['warranties', status],
    queryFn: () => api.get<WarrantyPage>(`/api/v1/warranties?size=100${status ? `&status=${status}` : ''}`),
    placeholderData: keepPreviousData,
  });
  const dateFormat = (settings.data?.date_format ?? 'YYYY-MM-DD') as DateFormat;

  return (
    <section aria-labelledby="warranties-title">
      <h1 id="warranties-title">Warranties</h1>
      <h2>Ending within 30 days</h2>
      {expiring.data && expiring.data.items.length === 0 && <p className="empty">None: nothing to act on.</p>}
      {expiring.data && expiring.data.items.length > 0 && <WarrantyTable warranties={expiring.data.items} dateFormat={dateFormat} />}
      <div className="title-row">
        <h2>All warranties</h2>
        <div>
          <label htmlFor="status-filter">Status </label>
          <select id="status-filter" value={status} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}>
            {STATUSES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
      </div>
      {all.isPending && <ListSkeleton label="Loading warranties…" />}
      {all.error && <p role="alert" className="error">Warranties could not be loaded: {all.error.message}</p>}
      {all.data && all.data.items.length === 0 && (
        <p className="empty">No warranties{status ? ' with this status' : ''}. Add one with “Warranty ends” when you record a purchase.</p>
      )}
      {all.data && all.data.items.length > 0 && <WarrantyTable warranties={all.data.items} dateFormat={dateFormat} />}
    </section>
  );
}

function WarrantyTable({ warranties, dateFormat }: { warranties: Warranty[]; dateFormat: DateFormat }) {
  return (
    <table>
      <thead>
        <tr><th scope="col">Product</th><th scope="col">Ends</th><th scope="col">Status</th><th scope="col">Provider</th></tr>
      </thead>
      <tbody>
        {warranties.map((warranty) => (
          <tr key={warranty.id}>
            <td><Link to={`/purchases/${warranty.purchase_id}`}>{warranty.purchase.product_name}</Link></td>
            <td>{formatDate(warranty.warranty_end, dateFormat)}</td>
            <td><span className={`badge badge-${warranty.status.toLowerCase()}`}>{warranty.status.toLowerCase()}</span></td>
            <td>{warranty.provider ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
