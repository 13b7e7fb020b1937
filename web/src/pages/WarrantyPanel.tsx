import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { formatDate, type DateFormat } from '../lib/format';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

type Purchase = Schemas['PurchaseResponse'];
type Warranty = Schemas['WarrantyResponse'];
type WarrantyPage = Schemas['PageResponse_WarrantyResponse_'];

/**
 * Every warranty record of a purchase (the maker's, an extended one, …): add one, change any of its fields
 * (an extension gets its reminders again), void or delete it. The API's rules (an end before the start, a
 * date out of range) come back next to the field. One form is open at a time.
 */
export function WarrantyPanel({ purchase, dateFormat }: { purchase: Purchase; dateFormat: DateFormat }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const records = useQuery({
    queryKey: ['warranties', 'of', purchase.id],
    queryFn: () => api.get<WarrantyPage>(`/api/v1/warranties?purchase_id=${purchase.id}&size=100`),
  });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> | null }) =>
      body ? api.request('PATCH', `/api/v1/warranties/${id}`, body) : api.request('DELETE', `/api/v1/warranties/${id}`),
    // the purchase's summary, the warranties page and the dashboard all follow the records
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const warranties = records.data?.items ?? [];

  return (
    <section aria-labelledby="warranty-title" className="warranty-panel">
      <h2 id="warranty-title">Warranty</h2>
      {records.isPending && <p aria-busy="true">Loading warranties…</p>}
      {records.error && <p role="alert" className="error">Warranties could not be loaded: {records.error.message}</p>}
      {records.data && warranties.length === 0 && <p className="empty">No warranty recorded.</p>}
      <ul className="warranties">
        {warranties.map((warranty) => (
          <li key={warranty.id}>
            {editing === warranty.id ? (
              <WarrantyForm purchaseId={purchase.id} warranty={warranty} onDone={() => setEditing(null)} />
            ) : (
              <>
                <p>
                  {describe(warranty)}{' '}
                  {formatDate(warranty.warranty_start, dateFormat)} – {formatDate(warranty.warranty_end, dateFormat)}{' '}
                  <span className={`badge badge-${warranty.status.toLowerCase()}`}>{warranty.status.toLowerCase()}</span>
                </p>
                {warranty.notes && <p className="muted">{warranty.notes}</p>}
                <div className="actions">
                  <button type="button" className="secondary" onClick={() => setEditing(warranty.id)}>
                    Change{' '}<span className="visually-hidden">the {describe(warranty).toLowerCase()}</span>
                  </button>
                  {warranty.status !== 'VOIDED' && (
                    <button type="button" className="secondary" disabled={change.isPending}
                            onClick={() => change.mutate({ id: warranty.id, body: { status: 'VOIDED' } })}>
                      Void warranty
                    </button>
                  )}
                  <button type="button" className="secondary" disabled={change.isPending}
                          onClick={() => window.confirm('Delete this warranty record?') && change.mutate({ id: warranty.id, body: null })}>
                    Delete{' '}<span className="visually-hidden">the {describe(warranty).toLowerCase()}</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <FormProblem error={change.error} />
      {editing === 'new' ? (
        <WarrantyForm purchaseId={purchase.id} purchaseDate={purchase.purchase_date} onDone={() => setEditing(null)} />
      ) : (
        records.data && (
          <button type="button" onClick={() => setEditing('new')}>{warranties.length === 0 ? 'Add a warranty' : 'Add another warranty'}</button>
        )
      )}
    </section>
  );
}

function describe(warranty: Warranty) {
  const kind = warranty.warranty_type ? `${warranty.warranty_type[0].toUpperCase()}${warranty.warranty_type.slice(1)} warranty` : 'Warranty';
  return warranty.provider ? `${kind} by ${warranty.provider}` : kind;
}

interface FormProps {
  purchaseId: string;
  warranty?: Warranty;
  purchaseDate?: string;
  onDone: () => void;
}

/** Adds a warranty record, or changes one: every field the API keeps; empty optional texts are cleared. */
function WarrantyForm({ purchaseId, warranty, purchaseDate, onDone }: FormProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    warranty_start: warranty?.warranty_start ?? purchaseDate ?? '',
    warranty_end: warranty?.warranty_end ?? '',
    warranty_type: warranty?.warranty_type ?? '',
    provider: warranty?.provider ?? '',
    notes: warranty?.notes ?? '',
  });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        warranty_start: values.warranty_start || null,
        warranty_end: values.warranty_end,
        warranty_type: values.warranty_type.trim() || null,
        provider: values.provider.trim() || null,
        notes: values.notes.trim() || null,
      };
      return warranty
        ? api.request('PATCH', `/api/v1/warranties/${warranty.id}`, body)
        : api.post('/api/v1/warranties', { purchase_id: purchaseId, ...body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onDone();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const notesErrors = error?.fieldErrors('notes') ?? [];
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate className="grid-form warranty-form" aria-label={warranty ? 'Change warranty' : 'New warranty'}>
      <Field label="Starts" name="warranty_start" type="date" value={values.warranty_start} onChange={set('warranty_start')}
             errors={error?.fieldErrors('warranty_start')} />
      <Field label="Warranty ends" name="warranty_end" type="date" value={values.warranty_end} onChange={set('warranty_end')}
             errors={error?.fieldErrors('warranty_end')} required />
      <Field label="Type" name="warranty_type" list="warranty-types" placeholder="manufacturer, extended, …" maxLength={50}
             value={values.warranty_type} onChange={set('warranty_type')} errors={error?.fieldErrors('warranty_type')} />
      <datalist id="warranty-types">
        <option value="manufacturer" />
        <option value="extended" />
        <option value="retailer" />
        <option value="insurance" />
      </datalist>
      <Field label="Provider" name="provider" maxLength={255} value={values.provider} onChange={set('provider')}
             errors={error?.fieldErrors('provider')} />
      <div className="field wide">
        <label htmlFor="warranty_notes">Notes</label>
        <textarea id="warranty_notes" name="warranty_notes" rows={2} value={values.notes} onChange={set('notes')}
                  aria-invalid={notesErrors.length > 0} aria-describedby={notesErrors.length > 0 ? 'warranty_notes-errors' : undefined} />
        {notesErrors.length > 0 && (
          <ul id="warranty_notes-errors" className="field-errors">{notesErrors.map((message) => <li key={message}>{message}</li>)}</ul>
        )}
      </div>
      <FormProblem error={save.error} />
      <div className="actions wide">
        <button type="submit" disabled={!values.warranty_end || save.isPending}>{warranty ? 'Save warranty' : 'Add warranty'}</button>
        <button type="button" className="secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
