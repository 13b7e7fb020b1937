import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

type VendorPage = Schemas['PageResponse_VendorEndpoints.VendorResponse_'];

/** Retailers and brands side by side. */
export function VendorsPage() {
  return (
    <section aria-labelledby="vendors-title">
      <h1 id="vendors-title">Retailers and brands</h1>
      <div className="panels">
        <VendorList kind="retailers" title="Retailers" singular="retailer" />
        <VendorList kind="brands" title="Brands" singular="brand" />
      </div>
    </section>
  );
}

/** One kind: add with a name (and a web address), delete; one in use is detached from its purchases only when asked. */
function VendorList({ kind, title, singular }: { kind: 'retailers' | 'brands'; title: string; singular: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const vendors = useQuery({ queryKey: [kind], queryFn: () => api.get<VendorPage>(`/api/v1/${kind}?size=100`) });
  const [form, setForm] = useState({ name: '', url: '' });
  const add = useMutation({
    mutationFn: () => api.post(`/api/v1/${kind}`, form.url.trim() ? form : { name: form.name }),
    onSuccess: async () => {
      setForm({ name: '', url: '' });
      await queryClient.invalidateQueries({ queryKey: [kind] });
    },
  });
  const remove = useMutation({
    mutationFn: ({ id, detach }: { id: string; detach: boolean }) => api.request('DELETE', `/api/v1/${kind}/${id}${detach ? '?detach=true' : ''}`),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const addError = add.error instanceof ApiError ? add.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate();
  }

  function confirmDelete(id: string, name: string) {
    remove.mutate({ id, detach: false }, {
      onError: (error) => {
        if (error instanceof ApiError && error.body?.error_code === 'VENDOR_IN_USE'
            && window.confirm(`${error.message}. Delete ${name} and clear it on those purchases?`)) {
          remove.mutate({ id, detach: true });
        }
      },
    });
  }

  return (
    <div className="panel">
      <h2>{title}</h2>
      {vendors.data && vendors.data.items.length === 0 && <p className="muted">No {kind} yet.</p>}
      <ul className="vendors">
        {(vendors.data?.items ?? []).map((vendor) => (
          <li key={vendor.id}>
            <span>{vendor.url ? <a href={vendor.url} rel="noreferrer noopener" target="_blank">{vendor.name}</a> : vendor.name}</span>
            <button type="button" className="secondary" onClick={() => confirmDelete(vendor.id, vendor.name)}>Delete {vendor.name}</button>
          </li>
        ))}
      </ul>
      {remove.error && !(remove.error instanceof ApiError && remove.error.body?.error_code === 'VENDOR_IN_USE') && (
        <p role="alert" className="error">{remove.error.message}</p>
      )}
      <form onSubmit={submit} noValidate>
        <Field label={`New ${singular}`} name={`${kind}-name`} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })}
               errors={addError?.fieldErrors('name')} />
        <Field label="Web address (optional)" name={`${kind}-url`} type="url" value={form.url}
               onChange={(e) => setForm({ ...form, url: e.target.value })} errors={addError?.fieldErrors('url')} />
        <FormProblem error={add.error} />
        <button type="submit" disabled={!form.name.trim() || add.isPending}>Add {singular}</button>
      </form>
    </div>
  );
}
