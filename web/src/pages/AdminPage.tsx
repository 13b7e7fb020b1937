import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useCurrentUser } from '../api/session';
import { formatBytes } from '../lib/format';
import { AuditLog } from './AuditLog';
import { QuotaEditor } from './QuotaEditor';
import { Pager } from './Pager';

type UserPage = Schemas['PageResponse_AdminResponses.User_'];
type ServerStats = Schemas['AdminResponses.ServerStats'];

const PAGE_SIZE = 25;

/**
 * Administration: the server's figures, the accounts (search, role and status filters in the URL; change
 * role, activate or deactivate, set a storage quota) and the audit log of those changes.
 */
export function AdminPage() {
  const me = useCurrentUser();
  if (me.isPending) {
    return <p aria-busy="true">Loading…</p>;
  }
  if (me.data?.role !== 'admin') {
    return <p role="alert" className="error">This screen is for administrators only.</p>;
  }
  return <Administration />;
}

function Administration() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = {
    search: params.get('search') ?? '',
    role: params.get('role') ?? '',
    active: params.get('active') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const [draft, setDraft] = useState(filters.search);
  const query = new URLSearchParams({ size: String(PAGE_SIZE), page: String(filters.page), sort_by: 'username' });
  for (const name of ['search', 'role', 'active'] as const) {
    if (filters[name]) {
      query.set(name, filters[name]);
    }
  }
  const users = useQuery({
    queryKey: ['admin', 'users', filters],
    queryFn: () => api.get<UserPage>(`/api/v1/admin/users?${query}`),
    placeholderData: keepPreviousData,
  });
  const stats = useQuery({ queryKey: ['admin', 'stats'], queryFn: () => api.get<ServerStats>('/api/v1/admin/stats') });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) => api.request('PATCH', `/api/v1/admin/users/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });

  function show(next: Partial<typeof filters>) {
    const merged = { ...filters, page: 1, ...next };
    const kept = Object.entries(merged).filter(([name, value]) => value && !(name === 'page' && value === 1));
    setParams(Object.fromEntries(kept.map(([name, value]) => [name, String(value)])));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    show({ search: draft.trim() });
  }

  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Administration</h1>
      {stats.isPending && <div className="cards" aria-busy="true" aria-label="Loading the server's figures"><div className="card skeleton" /></div>}
      {stats.data && <StatsCards stats={stats.data} />}
      <h2>Users</h2>
      <form role="search" onSubmit={submit} className="filters">
        <div className="field">
          <label htmlFor="user-search">Find a user</label>
          <input id="user-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select id="user-role" value={filters.role} onChange={(e) => show({ role: e.target.value })}>
            <option value="">any</option>
            <option value="user">user</option>
            <option value="admin">admin</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="user-active">Status</label>
          <select id="user-active" value={filters.active} onChange={(e) => show({ active: e.target.value })}>
            <option value="">any</option>
            <option value="true">active</option>
            <option value="false">deactivated</option>
          </select>
        </div>
        <div className="field"><button type="submit">Search</button></div>
      </form>
      {change.error && <p role="alert" className="error">{change.error instanceof ApiError ? change.error.message : 'The change failed'}</p>}
      {users.error && <p role="alert" className="error">Users could not be loaded: {users.error.message}</p>}
      {users.data && users.data.items.length === 0 && <p className="empty">No account matches these filters.</p>}
      {users.data && users.data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">User</th><th scope="col">Role</th><th scope="col">Status</th>
                <th scope="col">Storage used</th><th scope="col">Quota</th><th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <td>{user.username}<br /><span className="muted">{user.email}</span></td>
                  <td>
                    <label className="visually-hidden" htmlFor={`role-${user.id}`}>Role of {user.username}</label>
                    <select id={`role-${user.id}`} value={user.role}
                            onChange={(e) => change.mutate({ id: user.id, body: { role: e.target.value } })}>
                      <option value="user">user</option>
                      <option value="admin">admin</option>
                    </select>
                  </td>
                  <td>{user.is_active ? 'active' : 'deactivated'}</td>
                  <td>{formatBytes(user.stats.total_storage_used)}<br />
                    <span className="muted">{user.stats.total_uploads} files, {user.stats.total_purchases} purchases</span></td>
                  <td><QuotaEditor user={user} /></td>
                  <td>
                    <button type="button" className={user.is_active ? 'danger' : 'secondary'} disabled={change.isPending}
                            onClick={() => change.mutate({ id: user.id, body: { is_active: !user.is_active } })}>
                      {user.is_active ? `Deactivate ${user.username}` : `Activate ${user.username}`}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {users.data && users.data.pages > 1 && (
        <Pager label="Pages of users" page={filters.page} pages={users.data.pages} onPage={(page) => show({ page })} />
      )}
      <AuditLog />
    </section>
  );
}

function StatsCards({ stats }: { stats: ServerStats }) {
  const cards = [
    ['Users (active)', `${stats.users.total} (${stats.users.active})`],
    ['Administrators', String(stats.users.admins)],
    ['New users this month', String(stats.users.new_this_month)],
    ['Purchases', String(stats.purchases.total)],
    ['Files', `${stats.files.total} (${stats.files.uploads_this_month} this month)`],
    ['Uploaded', formatBytes(stats.storage.logical_bytes ?? 0)],
    ['Stored (after de-duplication)', formatBytes(stats.storage.stored_bytes ?? 0)],
    ['Quota used', `${stats.storage.usage_percentage} %`],
  ];
  return (
    <div className="cards">
      {cards.map(([label, value]) => (
        <div key={label} className="card"><div className="card-label">{label}</div><div className="card-value">{value}</div></div>
      ))}
    </div>
  );
}
