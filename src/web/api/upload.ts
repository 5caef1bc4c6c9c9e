import type { FileInfo } from '../../shared/schemas/suppliers.js';
import { ApiError, pageLocale, type ApiErrorBody } from './client.js';

export type UploadPurpose =
  | 'supplier_material'
  | 'company_logo'
  | 'company_photo'
  | 'brand_certificate'
  | 'brand_logo'
  | 'product_image'
  | 'payment_proof'
  | 'contract_signed_copy'
  | 'domestic_invoice'
  | 'message_attachment';

export interface UploadOptions {
  /** Called with 0…1 as the body is sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function errorBody(xhr: XMLHttpRequest): ApiErrorBody {
  try {
    const data: unknown = JSON.parse(xhr.responseText);
    if (data && typeof data === 'object' && 'code' in data) return data as ApiErrorBody;
  } catch {
    // not JSON: fall through
  }
  if (xhr.status === 413) return { code: 'PAYLOAD_TOO_LARGE', message: xhr.statusText };
  return { code: xhr.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: xhr.statusText };
}

/**
 * POST /api/files?purpose=… as multipart (field "file"). XMLHttpRequest rather than fetch:
 * only it reports upload progress. Same-origin, so the session cookie and Origin go along.
 */
export function uploadFile(file: File, purpose: UploadPurpose, options: UploadOptions = {}): Promise<FileInfo> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/files?${new URLSearchParams({ purpose })}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-locale', pageLocale());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        options.onProgress?.(1);
        resolve((JSON.parse(xhr.responseText) as { file: FileInfo }).file);
      } else {
        reject(new ApiError(xhr.status, errorBody(xhr)));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: 'Network error' }));
    xhr.onabort = () => reject(new ApiError(0, { code: 'ABORTED', message: 'Upload cancelled' }));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
