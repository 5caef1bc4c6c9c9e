import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTION_CODES, type RejectionReason } from '../../../shared/schemas/suppliers.js';
import type { Option } from './types.js';

export type RejectionCode = RejectionReason['code'];

/** The coded reasons staff choose from; applications and brands share the server's one list. */
export function useRejectionCodes(): Option<RejectionCode>[] {
  const { t } = useTranslation();
  return useMemo(
    () => REJECTION_CODES.map((code) => ({ value: code, label: t(`supplier.rejectionCodes.${code}`) })),
    [t],
  );
}
