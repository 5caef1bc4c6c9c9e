import { useQuery } from '@tanstack/react-query';
import type { Locale } from '../../shared/locales.js';
import { api } from './client.js';

export interface SiteInfo {
  name: string;
  supportPhone: string;
  locales: Locale[];
  locale: Locale;
}

export function useSiteInfo() {
  return useQuery({ queryKey: ['site'], queryFn: () => api<SiteInfo>('/api/site'), staleTime: 5 * 60_000 });
}
