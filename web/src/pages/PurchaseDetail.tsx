import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useSettings } from '../api/session';
import { formatDate, formatMoney, type DateFormat } from '../lib/format';
import { Attachments } from './Attachments';
import { WarrantyPanel } from './WarrantyPanel';

type Purchase = Schemas['PurchaseResponse'];

export function PurchaseDetail() {
  const { id } = useParams();
  const api = useApi();
  const settings = useSettings();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const purchase = useQuery({ queryKey: ['purchase', id], queryFn: () => api.get<Purchase>(`/api/v1/purchases/${id}`) });
  const remove = useMutation({
    mutationFn: () => api.request('DELETE', `/api/v1/purchases/${id}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      navigate('/purchases');
    },
  });
  const dateFormat = (settings.data?.date_format ?? 'YYYY-MM-DD') as DateFormat;

  if (purchase.isPending) {
    return <p className="loading" aria-live="polite">Loading…</p>;
  }
  if (purchase.error) {
    return <p role="alert" className="error">This purchase could not be loaded: {purchase.error.message}</p>;
  }
  const p = purchase.data;
  const rows: [string, string | null | undefined][] = [
    ['Price', `${formatMoney(p.price ?? '0', p.currency_code)} × ${p.quantity}`],
    ['Date', formatDate(p.purchase_date, dateFormat)],
    ['Retailer', p.retailer?.name],
    ['Brand', p.brand?.name],
    ['Category', p.category],
    ['Warranty ends', p.warranty ? `${formatDate(p.warranty.warranty_end, dateFormat)} (${p.warranty.status.toLowerCase()})` : null],
    ['Return by', p.return_deadline ? formatDate(p.return_deadline, dateFormat) : null],
    ['Model', p.model_number],
    ['Serial number', p.serial_number],
    ['Order number', p.retailer_order_number],
    ['Tags', p.tags.join(', ')],
    ['Notes', p.notes],
  ];
  return (
    <section aria-labelledby="purchase-title">
      <h1 id="purchase-title">{p.product_name}</h1>
      <dl className="details">
        {rows.filter(([, value]) => value).map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <div className="actions">
        <Link className="button" to={`/purchases/${id}/edit`}>Edit</Link>
        <button type="button" className="danger" disabled={remove.isPending}
                onClick={() => window.confirm(`Delete ${p.product_name}?`) && remove.mutate()}>Delete</button>
      </div>
      <WarrantyPanel key={p.warranty?.id ?? 'none'} purchase={p} dateFormat={dateFormat} />
      <Attachments purchaseId={p.id} />
    </section>
  );
}
