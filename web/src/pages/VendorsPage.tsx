import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { Field } from './Field';
import { FormProblem } from './FormProblem';
import { ListSkeleton } from './ListSkeleton';

type VendorPage = Schemas['PageResponse_VendorEndpoints.VendorResponse_'];
type Vendor = VendorPage['items'][number];
type Kind = 'retailers' | 'brands';

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

/**
 * One kind: add with a name (and a web address), rename or change the address, delete; one in use is detached
 * from its purchases only when asked.
 */
function VendorList({ kind, title, singular }: { kind: Kind; title: string; singular: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const vendors = useQuery({ queryKey: [kind], queryFn: () => api.get<VendorPage>(`/api/v1/${kind}?size=100`) });
  const [form, setForm] = useState({ name: '', url: '' });
  const [editing, setEditing] = useState<string | null>(null);
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
      {vendors.isPending && <ListSkeleton label={`Loading ${kind}…`} />}
      {vendors.error && <p role="alert" className="error">The {kind} could not be loaded: {vendors.error.message}</p>}
      {vendors.data && vendors.data.items.length === 0 && <p className="muted">No {kind} yet: add the shops you buy from and the makers of what you buy.</p>}
      <ul className="vendors">
        {(vendors.data?.items ?? []).map((vendor) => (
          <li key={vendor.id}>
            {editing === vendor.id ? <VendorEditor kind={kind} vendor={vendor} onDone={() => setEditing(null)} /> : (
              <>
                <span>{vendor.url ? <a href={vendor.url} rel="noreferrer noopener" target="_blank">{vendor.name}</a> : vendor.name}</span>
                <button type="button" className="secondary" onClick={() => setEditing(vendor.id)}>Edit {vendor.name}</button>
                <button type="button" className="secondary" onClick={() => confirmDelete(vendor.id, vendor.name)}>Delete {vendor.name}</button>
              </>
            )}
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

/** Renames a retailer or brand, or changes its web address: its purchases show the new name at once. */
function VendorEditor({ kind, vendor, onDone }: { kind: Kind; vendor: Vendor; onDone: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: vendor.name, url: vendor.url ?? '' });
  const save = useMutation({
    mutationFn: () => api.request('PATCH', `/api/v1/${kind}/${vendor.id}`, { name: values.name, url: values.url.trim() || null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onDone();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate className="vendor-editor" aria-label={`Edit ${vendor.name}`}>
      <Field label="Name" name={`${kind}-edit-name`} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })}
             errors={error?.fieldErrors('name')} />
      <Field label="Web address" name={`${kind}-edit-url`} type="url" value={values.url}
             onChange={(e) => setValues({ ...values, url: e.target.value })} errors={error?.fieldErrors('url')} />
      <FormProblem error={save.error} />
      <div className="actions">
        <button type="submit" disabled={!values.name.trim() || save.isPending}>Save</button>
        <button type="button" className="secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
