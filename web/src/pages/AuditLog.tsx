import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { useApi } from '../api/context';
import { formatBytes } from '../lib/format';
import { Pager } from './Pager';

type AuditPage = Schemas['PageResponse_AdminResponses.AuditItem_'];

/** Who changed which account, and how: the administrators' own trail, newest first. */
export function AuditLog() {
  const api = useApi();
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: ['admin', 'audit', page],
    queryFn: () => api.get<AuditPage>(`/api/v1/admin/audit?size=20&page=${page}`),
    placeholderData: keepPreviousData,
  });
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      {audit.error && <p role="alert" className="error">The audit log could not be loaded: {audit.error.message}</p>}
      {audit.data && audit.data.items.length === 0 && <p className="empty">No administrative change yet.</p>}
      {audit.data && audit.data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Account</th><th scope="col">Change</th></tr>
            </thead>
            <tbody>
              {audit.data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>{when.format(new Date(entry.created_at))}</td>
                  <td>{entry.actor_username}</td>
                  <td>{entry.target_username}</td>
                  <td>{entry.field}: {shown(entry.field, entry.before)} → {shown(entry.field, entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit.data && audit.data.pages > 1 && (
        <Pager label="Pages of the audit log" page={page} pages={audit.data.pages} onPage={setPage}
               previous="Newer" next="Older" />
      )}
    </section>
  );
}

/** A value as people read it: quotas in binary units, no quota as the server's default. */
function shown(field: string, value: string | null | undefined) {
  if (value == null) {
    return field === 'storage_quota' ? 'default' : '—';
  }
  return field === 'storage_quota' ? formatBytes(Number(value)) : value;
}
