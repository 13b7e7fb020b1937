import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';

type User = Schemas['AdminResponses.User'];

const MIB = 1024 * 1024;

/** One account's storage quota in MiB; empty means the server's default. */
export function QuotaEditor({ user }: { user: User }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(user.storage_quota == null ? '' : String(Math.round(user.storage_quota / MIB)));
  const save = useMutation({
    mutationFn: (quota: number | null) => api.request('PATCH', `/api/v1/admin/users/${user.id}`, { storage_quota: quota }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
  const inputId = `quota-${user.id}`;
  const errorId = `${inputId}-errors`;
  const typed = draft.trim();
  const invalid = typed !== '' && !/^\d+$/.test(typed);
  const apiErrors = save.error instanceof ApiError ? save.error.fieldErrors('storage_quota') : [];
  const messages = invalid ? ['A whole number of MiB, or empty for the default'] : apiErrors.length > 0 ? apiErrors
    : save.error ? [save.error.message] : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!invalid) {
      save.mutate(typed === '' ? null : Number(typed) * MIB);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="quota">
      <label htmlFor={inputId} className="visually-hidden">Quota of {user.username} in MiB (empty: the server's default)</label>
      <input id={inputId} inputMode="numeric" size={7} value={draft} placeholder="default" onChange={(e) => setDraft(e.target.value)}
             aria-invalid={messages.length > 0} aria-describedby={messages.length > 0 ? errorId : undefined} />
      <span aria-hidden="true"> MiB </span>
      <button type="submit" className="secondary" disabled={save.isPending}>
        Save{' '}<span className="visually-hidden">the quota of {user.username}</span>
      </button>
      {save.isSuccess && <span role="status" className="muted"> saved</span>}
      {messages.length > 0 && <ul id={errorId} className="field-errors">{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
    </form>
  );
}
