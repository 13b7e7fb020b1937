import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useSettings } from '../api/session';
import { emptyPurchase, purchaseBody, purchaseValues, type PurchaseValues } from '../lib/purchaseForm';
import { Field } from './Field';
import { FormProblem } from './FormProblem';
import { TagInput } from './TagInput';
import { VendorPicker } from './VendorPicker';

type Purchase = Schemas['PurchaseResponse'];

/** Create (/purchases/new) or edit (/purchases/:id/edit) a purchase, every field, errors next to each. */
export function PurchaseForm() {
  const { id } = useParams();
  const editing = id !== undefined;
  const api = useApi();
  const settings = useSettings();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const existing = useQuery({ queryKey: ['purchase', id], queryFn: () => api.get<Purchase>(`/api/v1/purchases/${id}`), enabled: editing });
  const [values, setValues] = useState<PurchaseValues | null>(null);

  useEffect(() => {
    if (values === null && editing && existing.data) {
      setValues(purchaseValues(existing.data));
    } else if (values === null && !editing && settings.data) {
      setValues(emptyPurchase(settings.data.currency_code, new Date().toISOString().slice(0, 10)));
    }
  }, [values, editing, existing.data, settings.data]);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      editing ? api.request<Purchase>('PATCH', `/api/v1/purchases/${id}`, body) : api.post<Purchase>('/api/v1/purchases', body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries();
      navigate(`/purchases/${saved.id}`);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  if (existing.error) {
    return <p role="alert" className="error">This purchase could not be loaded: {existing.error.message}</p>;
  }
  if (values === null) {
    return <p className="loading" aria-live="polite">Loading…</p>;
  }
  const set = (field: keyof PurchaseValues) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });
  const text = (field: keyof PurchaseValues, label: string, extra: Record<string, unknown> = {}) => (
    <Field label={label} name={field} value={values[field] as string} onChange={set(field)} errors={error?.fieldErrors(field)} {...extra} />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(purchaseBody(values!, editing));
  }

  return (
    <section aria-labelledby="purchase-form-title">
      <h1 id="purchase-form-title">{editing ? 'Edit purchase' : 'New purchase'}</h1>
      <form onSubmit={submit} noValidate className="grid-form">
        {text('product_name', 'Product', { required: true })}
        {text('price', 'Unit price', { inputMode: 'decimal', required: true })}
        {text('currency_code', 'Currency', { maxLength: 3, required: true })}
        {text('quantity', 'Quantity', { inputMode: 'numeric' })}
        {text('purchase_date', 'Purchase date', { type: 'date', required: true })}
        {text('category', 'Category')}
        <VendorPicker kind="retailers" label="Retailer" name="retailer_id" value={values.retailer_id}
                      onChange={(retailer_id) => setValues({ ...values, retailer_id })} errors={error?.fieldErrors('retailer_id')} />
        <VendorPicker kind="brands" label="Brand" name="brand_id" value={values.brand_id}
                      onChange={(brand_id) => setValues({ ...values, brand_id })} errors={error?.fieldErrors('brand_id')} />
        {text('model_number', 'Model number')}
        {text('serial_number', 'Serial number')}
        {text('retailer_order_number', 'Order number')}
        {text('link', 'Link', { type: 'url' })}
        {text('return_deadline', 'Return by', { type: 'date' })}
        {text('return_policy', 'Return policy')}
        {!editing && text('warranty_expiry', 'Warranty ends', { type: 'date' })}
        <TagInput name="tags" label="Tags" tags={values.tags} onChange={(tags) => setValues({ ...values, tags })}
                  errors={error?.fieldErrors('tags')} />
        <div className="field wide">
          <label htmlFor="notes">Notes</label>
          <textarea id="notes" name="notes" rows={3} value={values.notes} onChange={set('notes')} />
        </div>
        <div className="field checkbox">
          <input id="tax_deductible" type="checkbox" checked={values.tax_deductible}
                 onChange={(e) => setValues({ ...values, tax_deductible: e.target.checked })} />
          <label htmlFor="tax_deductible">Tax deductible</label>
        </div>
        <FormProblem error={save.error} />
        <div className="actions wide">
          <button type="submit" disabled={save.isPending}>{save.isPending ? 'Saving…' : 'Save purchase'}</button>
          <Link to={editing ? `/purchases/${id}` : '/purchases'}>Cancel</Link>
        </div>
      </form>
    </section>
  );
}
