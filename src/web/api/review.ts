import { useQuery } from '@tanstack/react-query';
import type { Locale } from '../../shared/locales.js';
import type { Application, RejectionReason } from '../../shared/schemas/suppliers.js';
import type { SUPPLIER_APPLICATION_STATES_FOR_QUEUE } from '../../shared/schemas/supplier-review.js';
import { api } from './client.js';

export type QueueStatus = (typeof SUPPLIER_APPLICATION_STATES_FOR_QUEUE)[number];

export interface QueueFilter {
  status: QueueStatus;
  q: string;
  overdue: boolean;
}

export interface QueueItem {
  id: string;
  accountName: string;
  companyNameZh: string | null;
  companyNameEn: string | null;
  country: string | null;
  status: Application['status'];
  submittedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
}

export interface ReviewDetail {
  application: Application;
  applicant: { id: string; accountName: string; email: string; locale: Locale };
  changes: { fields: string[]; materialsAdded: string[]; materialsRemoved: string[] } | null;
  sameCreditCode: { id: string; status: string; companyNameEn: string | null }[];
  history: { kind: string; createdAt: string; reasons: RejectionReason[]; note: string | null }[];
}

/** Staff data is cached under ['account', …] too: it belongs to whoever is signed in. */
export const reviewKeys = {
  all: ['account', 'review'] as const,
  queue: (filter: QueueFilter) => ['account', 'review', 'queue', filter] as const,
  detail: (id: string) => ['account', 'review', 'detail', id] as const,
};

const base = '/api/admin/supplier-applications';

export const reviewApi = {
  queue: (filter: QueueFilter) => {
    const params = new URLSearchParams({ status: filter.status });
    if (filter.q.trim()) params.set('q', filter.q.trim());
    if (filter.overdue) params.set('overdue', 'true');
    return api<{ items: QueueItem[] }>(`${base}?${params}`);
  },
  detail: (id: string) => api<ReviewDetail>(`${base}/${encodeURIComponent(id)}`),
  approve: (id: string, version: number) =>
    api<{ application: Application }>(`${base}/${encodeURIComponent(id)}/approve`, {
      method: 'POST',
      json: { version },
    }),
  reject: (id: string, input: { version: number; reasons: RejectionReason[]; note?: string }) =>
    api<{ application: Application }>(`${base}/${encodeURIComponent(id)}/reject`, { method: 'POST', json: input }),
};

export function useReviewQueue(filter: QueueFilter) {
  return useQuery({ queryKey: reviewKeys.queue(filter), queryFn: () => reviewApi.queue(filter) });
}

export function useReviewDetail(id: string) {
  return useQuery({ queryKey: reviewKeys.detail(id), queryFn: () => reviewApi.detail(id) });
}
