import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';

type VendorPage = Schemas['PageResponse_VendorEndpoints.VendorResponse_'];

interface VendorPickerProps {
  kind: 'retailers' | 'brands';
  label: string;
  name: string;
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
}

/** A retailer or brand: one of the user's, or a new one made on the spot. */
export function VendorPicker({ kind, label, name, value, onChange, errors = [] }: VendorPickerProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const vendors = useQuery({ queryKey: [kind], queryFn: () => api.get<VendorPage>(`/api/v1/${kind}?size=100`) });
  const [adding, setAdding] = useState(false);
  const [newName, setNewName] = useState('');
  const create = useMutation({
    mutationFn: () => api.post<{ id: string }>(`/api/v1/${kind}`, { name: newName }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: [kind] });
      onChange(created.id);
      setAdding(false);
      setNewName('');
    },
  });
  const createError = create.error instanceof ApiError ? create.error : null;
  const singular = kind === 'retailers' ? 'retailer' : 'brand';

  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <div className="picker">
        <select id={name} name={name} value={value} onChange={(e) => onChange(e.target.value)}
                aria-invalid={errors.length > 0} aria-describedby={errors.length > 0 ? `${name}-errors` : undefined}>
          <option value="">None</option>
          {(vendors.data?.items ?? []).map((vendor) => (
            <option key={vendor.id} value={vendor.id}>{vendor.name}</option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => setAdding(!adding)} aria-expanded={adding}>
          New {singular}
        </button>
      </div>
      {adding && (
        <div className="picker-new">
          <label htmlFor={`${name}-new`}>Name of the new {singular}</label>
          <input id={`${name}-new`} value={newName} onChange={(e) => setNewName(e.target.value)}
                 aria-invalid={!!createError} aria-describedby={createError ? `${name}-new-errors` : undefined} />
          <button type="button" onClick={() => create.mutate()} disabled={create.isPending || !newName.trim()}>Add {singular}</button>
          {createError && (
            <p id={`${name}-new-errors`} className="error">{createError.fieldErrors('name')[0] ?? createError.message}</p>
          )}
        </div>
      )}
      {errors.length > 0 && <p id={`${name}-errors`} className="error">{errors.join(' ')}</p>}
    </div>
  );
}
