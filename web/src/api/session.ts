import { useQuery } from '@tanstack/react-query';
import { useApi } from './context';
import type { Schemas } from './client';

export type CurrentUser = Schemas['AuthResponses.Me'];
export type Settings = Schemas['SettingsController.Settings'];

/** The signed-in user; an ApiError 401 when there is no session. */
export function useCurrentUser() {
  const api = useApi();
  return useQuery({ queryKey: ['me'], queryFn: () => api.get<CurrentUser>('/api/v1/users/me'), retry: false });
}

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: ['settings'], queryFn: () => api.get<Settings>('/api/v1/settings') });
}
