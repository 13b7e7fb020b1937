import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { useCurrentUser } from '../api/session';

/** The app's screens need a session: without one, sign-in, and back here afterwards. */
export function RequireSession() {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) {
    return <p className="loading" aria-live="polite">Loading…</p>;
  }
  if (me.error instanceof ApiError && me.error.status === 401) {
    const back = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(back)}`} replace />;
  }
  if (me.error) {
    return <p role="alert" className="error">The server cannot be reached right now. Try again in a moment.</p>;
  }
  return <Outlet />;
}
