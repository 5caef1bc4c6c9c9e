import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../shared/locales.js';
import type { CurrentUser, SessionInfo } from '../../shared/schemas/accounts.js';
import type { CodeSent } from './auth.js';
import { ME_KEY } from './auth.js';
import { api } from './client.js';

/** Everything cached under ['account', …] belongs to the signed-in user; log in/out removes it. */
export const SESSIONS_KEY = ['account', 'sessions'] as const;

export const accountApi = {
  updateProfile: (input: { locale: Locale }) =>
    api<{ user: CurrentUser }>('/api/account', { method: 'PATCH', json: input }),
  changePassword: (input: { currentPassword: string; newPassword: string }) =>
    api<{ ok: true }>('/api/account/password', { method: 'POST', json: input }),
  requestEmailCode: (input: { newEmail: string; currentPassword: string }) =>
    api<CodeSent>('/api/account/email/code', { method: 'POST', json: input }),
  changeEmail: (input: { newEmail: string; code: string }) =>
    api<{ user: CurrentUser }>('/api/account/email', { method: 'POST', json: input }),
  sessions: () => api<{ sessions: SessionInfo[] }>('/api/account/sessions'),
  revokeSession: (id: string) =>
    api<{ ok: true }>(`/api/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

export function useSessions() {
  return useQuery({ queryKey: SESSIONS_KEY, queryFn: accountApi.sessions });
}

/** A mutation whose answer is the updated user (profile, email): the cache takes it as is. */
export function useUserMutation<I>(mutationFn: (input: I) => Promise<{ user: CurrentUser }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: ({ user }) => queryClient.setQueryData(ME_KEY, { user }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: accountApi.changePassword,
    // Other sessions are signed out by the server.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: accountApi.revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
