import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useFormat } from '../../hooks/useFormat.js';

const FILE_CODES = [
  'file_empty',
  'file_type_not_allowed',
  'file_name_mismatch',
  'file_active_content',
  'file_corrupt',
  'file_too_large',
  'file_hidden_content',
  'file_too_many_pixels',
] as const;

/** Translates a failed upload: the detail's file code when there is one, else the error's code. */
export function useUploadErrorText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('errors.INTERNAL');
      const detail = error.body.details?.find((d) => (FILE_CODES as readonly string[]).includes(d.code));
      if (detail) {
        const maxBytes = detail.params?.maxBytes;
        return t(`upload.errors.${detail.code}`, {
          allowed: String(detail.params?.allowed ?? ''),
          size: typeof maxBytes === 'number' ? format.fileSize(maxBytes) : '',
          megapixels: String(detail.params?.maxMegapixels ?? ''),
        });
      }
      if (error.body.code === 'PAYLOAD_TOO_LARGE') return t('upload.errors.file_too_large_unknown');
      if (error.body.code === 'ABORTED') return t('upload.errors.aborted');
      return t(`errors.${error.body.code}`, { defaultValue: t('errors.INTERNAL') });
    },
    [t, format],
  );
}
