import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryView, PendingInvitation, StaffMember, StaffRoleName } from '../../shared/schemas/staff.js';
import { api } from './client.js';

export type { AuditEntryView, PendingInvitation, StaffMember, StaffRoleName };

export interface AuditFilters {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
};

/** The query string of an audit search (also the CSV export's). */
export const auditQueryString = (filters: AuditFilters, page?: number) => query({ ...filters, page });

export const staffApi = {
  checkSetup: (token: string) => api<{ valid: boolean }>(`/api/staff-setup?${query({ token })}`),
  setup: (input: { token: string; accountName: string; email: string; password: string }) =>
    api<{ accountName: string }>('/api/staff-setup', { method: 'POST', json: input }),
  checkInvitation: (token: string) =>
    api<{ valid: boolean; email?: string; role?: StaffRoleName }>(`/api/staff-invitations?${query({ token })}`),
  acceptInvitation: (input: { token: string; accountName: string; password: string }) =>
    api<{ accountName: string }>('/api/staff-invitations', { method: 'POST', json: input }),
  list: () => api<{ staff: StaffMember[]; invitations: PendingInvitation[] }>('/api/admin/staff'),
  invite: (input: { email: string; role: StaffRoleName; locale?: string }) =>
    api<PendingInvitation>('/api/admin/staff/invitations', { method: 'POST', json: input }),
  revokeInvitation: (id: string) => api<{ ok: true }>(`/api/admin/staff/invitations/${id}/revoke`, { method: 'POST' }),
  setRoles: (id: string, roles: StaffRoleName[]) =>
    api<StaffMember>(`/api/admin/staff/${id}/roles`, { method: 'POST', json: { roles } }),
  setDisabled: (id: string, disabled: boolean) =>
    api<StaffMember>(`/api/admin/staff/${id}/disabled`, { method: 'POST', json: { disabled } }),
  audit: (filters: AuditFilters, page: number) => api<AuditPage>(`/api/admin/audit?${auditQueryString(filters, page)}`),
};

const STAFF_KEY = ['admin-staff'] as const;

export function useStaffList() {
  return useQuery({ queryKey: STAFF_KEY, queryFn: staffApi.list });
}

/** Any change on the Staff page: the list is read again afterwards. */
export function useStaffChange<T>(run: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: STAFF_KEY }),
  });
}

export function useAuditLog(filters: AuditFilters, page: number) {
  return useQuery({ queryKey: ['admin-audit', filters, page], queryFn: () => staffApi.audit(filters, page) });
}
