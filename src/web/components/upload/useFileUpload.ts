import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { uploadFile, type UploadPurpose } from '../../api/upload.js';
import { useUploadErrorText } from './uploadErrors.js';

export interface UploadState {
  /** The file being sent and how far (0…1); null when idle. */
  current: { name: string; fraction: number } | null;
  error: string | null;
}

/** One upload at a time with its progress and translated error; aborted when the component goes away. */
export function useFileUpload(purpose: UploadPurpose) {
  const [state, setState] = useState<UploadState>({ current: null, error: null });
  const errorText = useUploadErrorText();
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const upload = useCallback(
    async (file: File): Promise<FileInfo | undefined> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ current: { name: file.name, fraction: 0 }, error: null });
      try {
        const info = await uploadFile(file, purpose, {
          signal: abort.signal,
          onProgress: (fraction) => setState((s) => (s.current ? { ...s, current: { ...s.current, fraction } } : s)),
        });
        setState({ current: null, error: null });
        return info;
      } catch (error) {
        if (!abort.signal.aborted) setState({ current: null, error: errorText(error) });
        return undefined;
      }
    },
    [purpose, errorText],
  );

  const fail = useCallback((message: string | null) => setState({ current: null, error: message }), []);

  return { ...state, upload, fail, busy: state.current !== null };
}
