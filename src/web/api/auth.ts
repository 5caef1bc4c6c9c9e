import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../shared/locales.js';
import { CURRENT_AGREEMENT_VERSION } from '../../shared/agreement.js';
import type { CurrentUser } from '../../shared/schemas/accounts.js';
import { api } from './client.js';

/** The signed-in user (or null): one query shared by the header, guards and pages. */
export const ME_KEY = ['me'] as const;

export interface CodeSent {
  resendAfterSeconds: number;
  expiresInMinutes: number;
}

export interface RegisterInput {
  accountName: string;
  email: string;
  password: string;
  code: string;
  locale: Locale;
  website?: string;
}

export interface LoginInput {
  login: string;
  password: string;
  remember: boolean;
}

export interface LoginAnswer {
  user: CurrentUser | null;
  secondFactor?: { token: string; expiresInSeconds: number };
}

export const authApi = {
  me: () => api<{ user: CurrentUser | null }>('/api/auth/me'),
  requestRegisterCode: (email: string, website?: string) =>
    api<CodeSent>('/api/auth/register/code', { method: 'POST', json: { email, website: website || undefined } }),
  accountNameAvailable: (accountName: string) =>
    api<{ available: boolean }>(`/api/auth/account-name?${new URLSearchParams({ accountName })}`),
  register: (input: RegisterInput) =>
    api<{ accountName: string; loggedIn: false }>('/api/auth/register', {
      method: 'POST',
      json: {
        ...input,
        website: input.website || undefined,
        agreementAccepted: true,
        agreementVersion: CURRENT_AGREEMENT_VERSION,
      },
    }),
  /** Either signed in (user), or, for an account with an authenticator, the second step's token. */
  login: (input: LoginInput) => api<LoginAnswer>('/api/auth/login', { method: 'POST', json: input }),
  logout: () => api<{ ok: true }>('/api/auth/logout', { method: 'POST', json: {} }),
  forgotPassword: (email: string) =>
    api<{ ok: true }>('/api/auth/password/forgot', { method: 'POST', json: { email } }),
  checkResetToken: (token: string) =>
    api<{ valid: boolean }>(`/api/auth/password/reset?${new URLSearchParams({ token })}`),
  resetPassword: (token: string, password: string) =>
    api<{ ok: true }>('/api/auth/password/reset', { method: 'POST', json: { token, password } }),
};

/** Platform staff (review consoles); the API decides, this only chooses what to show. */
export const isStaff = (roles: readonly string[] | undefined) =>
  Boolean(roles?.includes('reviewer') || roles?.includes('admin'));

/** Administrators (staff management, audit log); they have the review consoles too. */
export const isAdmin = (roles: readonly string[] | undefined) => Boolean(roles?.includes('admin'));

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: authApi.me, staleTime: 60_000 });
}

/** Logs in and makes every part of the page see the new user at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: async ({ user }) => {
      // The password alone did not sign in: the login page asks for the second factor.
      if (!user) return;
      queryClient.removeQueries({ queryKey: ['account'] });
      queryClient.setQueryData(ME_KEY, { user });
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

/** Logs out and forgets everything cached for the previous user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: async () => {
      queryClient.removeQueries({ queryKey: ['account'] });
      queryClient.setQueryData(ME_KEY, { user: null });
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

/** "Register": the answer names the new account; it is not signed in yet. */
export function useRegister() {
  return useMutation({ mutationFn: authApi.register });
}

/** "Forgot the password": the same answer whether or not an account uses the address. */
export function useForgotPassword() {
  return useMutation({ mutationFn: authApi.forgotPassword });
}

/** Sets a new password with the emailed token; every session of the account ends, maybe this one. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) => authApi.resetPassword(token, password),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['account'] });
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
