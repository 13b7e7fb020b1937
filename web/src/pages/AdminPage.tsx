import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';

type UserPage = Schemas['PageResponse_AdminResponses.User_'];
type ServerStats = Schemas['AdminResponses.ServerStats'];

/** Administration: the accounts (search, activate or deactivate, role) and the server's figures. */
export function AdminPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const [draft, setDraft] = useState(search);
  const users = useQuery({
    queryKey: ['admin', 'users', search],
    queryFn: () => api.get<UserPage>(`/api/v1/admin/users?size=100${search ? `&search=${encodeURIComponent(search)}` : ''}`),
    placeholderData: keepPreviousData,
  });
  const stats = useQuery({ queryKey: ['admin', 'stats'], queryFn: () => api.get<ServerStats>('/api/v1/admin/stats') });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) => api.request('PATCH', `/api/v1/admin/users/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(draft.trim() ? { search: draft.trim() } : {});
  }

  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Administration</h1>
      {stats.data && (
        <div className="cards">
          <div className="card"><div className="card-label">Users (active)</div>
            <div className="card-value">{stats.data.users.total} ({stats.data.users.active})</div></div>
          <div className="card"><div className="card-label">Purchases</div><div className="card-value">{stats.data.purchases.total}</div></div>
          <div className="card"><div className="card-label">Files</div><div className="card-value">{stats.data.files.total}</div></div>
        </div>
      )}
      <form role="search" onSubmit={submit} className="search">
        <label htmlFor="user-search">Find a user</label>
        <input id="user-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {change.error && <p role="alert" className="error">{change.error instanceof ApiError ? change.error.message : 'The change failed'}</p>}
      {users.error && <p role="alert" className="error">Users could not be loaded: {users.error.message}</p>}
      {users.data && (
        <table>
          <thead>
            <tr><th scope="col">User</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Action</th></tr>
          </thead>
          <tbody>
            {users.data.items.map((user) => (
              <tr key={user.id}>
                <td>{user.username}</td>
                <td>{user.email}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${user.id}`}>Role of {user.username}</label>
                  <select id={`role-${user.id}`} value={user.role}
                          onChange={(e) => change.mutate({ id: user.id, body: { role: e.target.value } })}>
                    <option value="user">user</option>
                    <option value="admin">admin</option>
                  </select>
                </td>
                <td>{user.is_active ? 'active' : 'deactivated'}</td>
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
      )}
    </section>
  );
}
