import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '../../shared/schemas/accounts.js';
import { ME_KEY } from './auth.js';
import { api } from './client.js';

/** The signed-in user's two-factor state (cached under ['account', …]: it belongs to them). */
export const TWO_FACTOR_KEY = ['account', 'two-factor'] as const;

export interface TwoFactorStatus {
  enabled: boolean;
  /** Staff: cannot be turned off. */
  required: boolean;
  recoveryCodesLeft: number;
}

export interface TwoFactorEnrolment {
  secret: string;
  otpauthUri: string;
  /** An SVG QR code as a data: URL. */
  qrCode: string;
}

export const twoFactorApi = {
  status: () => api<TwoFactorStatus>('/api/account/two-factor'),
  startEnrolment: () => api<TwoFactorEnrolment>('/api/account/two-factor/enrolment', { method: 'POST', json: {} }),
  confirmEnrolment: (code: string) =>
    api<{ recoveryCodes: string[] }>('/api/account/two-factor/enrolment/confirm', { method: 'POST', json: { code } }),
  regenerateRecoveryCodes: (code: string) =>
    api<{ recoveryCodes: string[] }>('/api/account/two-factor/recovery-codes', { method: 'POST', json: { code } }),
  disable: (input: { password: string; code: string }) =>
    api<{ ok: true }>('/api/account/two-factor/disable', { method: 'POST', json: input }),
  /** Login step two. */
  completeLogin: (input: { token: string; code: string }) =>
    api<{ user: CurrentUser }>('/api/auth/login/second-factor', { method: 'POST', json: input }),
  /** Proves the second factor again (the server asks before review decisions). */
  reauthenticate: (code: string) => api<{ ok: true }>('/api/auth/reauthenticate', { method: 'POST', json: { code } }),
};

export function useTwoFactorStatus() {
  return useQuery({ queryKey: TWO_FACTOR_KEY, queryFn: twoFactorApi.status });
}

/** A change to the two-factor state: the card's status and `me` (twoFactorEnabled) are read again. */
export function useTwoFactorMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: TWO_FACTOR_KEY });
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

/** Login step two: like a login, everything on the page sees the new user at once. */
export function useCompleteLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: twoFactorApi.completeLogin,
    onSuccess: async ({ user }) => {
      queryClient.removeQueries({ queryKey: ['account'] });
      queryClient.setQueryData(ME_KEY, { user });
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
