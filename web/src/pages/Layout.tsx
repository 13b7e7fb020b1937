import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useApi } from '../api/context';
import { useCurrentUser } from '../api/session';

export function Layout() {
  const api = useApi();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post('/api/v1/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      navigate('/sign-in', { replace: true });
    },
  });
  return (
    <>
      <header className="top">
        <span className="brand">Spendvault</span>
        <nav aria-label="Main">
          <NavLink to="/" end>Dashboard</NavLink>
          <NavLink to="/purchases">Purchases</NavLink>
          <NavLink to="/warranties">Warranties</NavLink>
          <NavLink to="/files">Files</NavLink>
          <NavLink to="/vendors">Retailers and brands</NavLink>
          <NavLink to="/data">Your data</NavLink>
          <NavLink to="/settings">Settings</NavLink>
          {me.data?.role === 'admin' && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <NavLink className="who" to="/profile">
          {me.data?.username}{' '}<span className="visually-hidden">(your account)</span>
        </NavLink>
        <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>Sign out</button>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </>
  );
}
