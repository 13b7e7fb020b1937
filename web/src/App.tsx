import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { ApiClient, ApiError } from './api/client';
import { ApiProvider } from './api/context';
import { Layout } from './pages/Layout';
import { SignIn } from './pages/SignIn';
import { SignUp } from './pages/SignUp';
import { Dashboard } from './pages/Dashboard';
import { Purchases } from './pages/Purchases';
import { PurchaseDetail } from './pages/PurchaseDetail';
import { PurchaseForm } from './pages/PurchaseForm';
import { DataPage } from './pages/DataPage';
import { SettingsPage } from './pages/SettingsPage';
import { AdminPage } from './pages/AdminPage';
import { WarrantiesPage } from './pages/WarrantiesPage';
import { FilesPage } from './pages/FilesPage';
import { VendorsPage } from './pages/VendorsPage';
import { ProfilePage } from './pages/ProfilePage';
import { ForgotPassword, ResetPassword, Unsubscribe } from './pages/PasswordPages';
import { RequireSession } from './pages/RequireSession';

/** Screens for people without a session: a lost session does not send them anywhere. */
const PUBLIC_PATHS = ['/sign-in', '/sign-up', '/forgot-password', '/reset-password', '/unsubscribe'];

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final (404, 403, 422); only network trouble and 5xx are worth another try.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
      staleTime: 10_000,
    },
  },
});

function Routed() {
  const navigate = useNavigate();
  const api = useMemo(
    () =>
      new ApiClient({
        onSignedOut: () => {
          queries.clear();
          const here = window.location.pathname + window.location.search;
          if (!PUBLIC_PATHS.includes(window.location.pathname)) {
            navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
          }
        },
      }),
    [navigate],
  );
  return (
    <ApiProvider value={api}>
      <Routes>
        <Route path="/sign-in" element={<SignIn />} />
        <Route path="/sign-up" element={<SignUp />} />
        <Route path="/forgot-password" element={<ForgotPassword />} />
        <Route path="/reset-password" element={<ResetPassword />} />
        <Route path="/unsubscribe" element={<Unsubscribe />} />
        <Route element={<RequireSession />}>
          <Route element={<Layout />}>
            <Route index element={<Dashboard />} />
            <Route path="/purchases" element={<Purchases />} />
            <Route path="/purchases/new" element={<PurchaseForm />} />
            <Route path="/purchases/:id" element={<PurchaseDetail />} />
            <Route path="/purchases/:id/edit" element={<PurchaseForm />} />
            <Route path="/warranties" element={<WarrantiesPage />} />
            <Route path="/files" element={<FilesPage />} />
            <Route path="/vendors" element={<VendorsPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="/data" element={<DataPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/admin" element={<AdminPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </ApiProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <Routed />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
