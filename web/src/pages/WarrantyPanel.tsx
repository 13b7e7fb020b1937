import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { formatDate, type DateFormat } from '../lib/format';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

type Purchase = Schemas['PurchaseResponse'];

/**
 * A purchase's current warranty: add one, move its end (an extension gets its reminders again) or void
 * it. The API's rules (an end before the start, a date out of range) come back next to the field.
 */
export function WarrantyPanel({ purchase, dateFormat }: { purchase: Purchase; dateFormat: DateFormat }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const current = purchase.warranty;
  const [end, setEnd] = useState(current?.warranty_end ?? '');
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => current
      ? api.request('PATCH', `/api/v1/warranties/${current.id}`, body)
      : api.post('/api/v1/warranties', { purchase_id: purchase.id, ...body }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const error = save.error instanceof ApiError ? save.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ warranty_end: end });
  }

  return (
    <section aria-labelledby="warranty-title" className="warranty-panel">
      <h2 id="warranty-title">Warranty</h2>
      {current ? (
        <p>
          Ends {formatDate(current.warranty_end, dateFormat)}{' '}
          <span className={`badge badge-${current.status.toLowerCase()}`}>{current.status.toLowerCase()}</span>
        </p>
      ) : <p className="empty">No warranty recorded.</p>}
      <form onSubmit={submit} noValidate className="inline-form">
        <Field label={current ? 'New end date' : 'Warranty ends'} name="warranty_end" type="date" value={end}
               onChange={(e) => setEnd(e.target.value)} errors={error?.fieldErrors('warranty_end')} />
        <button type="submit" disabled={!end || save.isPending}>{current ? 'Change end date' : 'Add warranty'}</button>
        {current && current.status !== 'VOIDED' && (
          <button type="button" className="secondary" disabled={save.isPending} onClick={() => save.mutate({ status: 'VOIDED' })}>
            Void warranty
          </button>
        )}
      </form>
      <FormProblem error={save.error} />
    </section>
  );
}
