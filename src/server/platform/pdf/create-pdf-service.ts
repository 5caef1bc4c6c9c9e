import type { Db } from '../../db/client.js';
import { AppError } from '../errors.js';
import type { PdfService } from './pdf-service.js';

export interface PdfServiceDeps {
  db: Db;
}

/** Placeholder until the renderer lands (issue 13, pdf branch): every render is refused. */
export function createPdfService(deps: PdfServiceDeps): PdfService {
  void deps;
  return {
    render: () => Promise.reject(new AppError('INTERNAL', 'PDF rendering is not available yet')),
    close: () => Promise.resolve(),
  };
}
