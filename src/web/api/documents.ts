import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContractClauses,
  ContractEventRequest,
  DomesticInvoiceRecord,
  ExportInvoiceFields,
  OrderDocuments,
  SignedCopyUpload,
} from '../../shared/schemas/documents.js';
import { api } from './client.js';

/**
 * An order's "Invoice & Contract" section (guide 5.2–5.3). One set of paths for every viewer: the
 * server decides from the order whether the caller is its buyer, its supplier or staff.
 * API paths: src/shared/schemas/documents.ts.
 */

const base = (orderId: string) => `/api/orders/${encodeURIComponent(orderId)}`;

/** Under ['account', 'orders', …]: dropped on login/logout with the orders. */
export const documentKeys = {
  section: (orderId: string) => ['account', 'orders', 'documents', orderId] as const,
};

/** Links (the browser fetches them with the session cookie; `download` asks for an attachment). */
export const documentLinks = {
  contractPdf: (orderId: string, versionNo: number, download = false) =>
    `${base(orderId)}/contract/versions/${versionNo}/pdf${download ? '?download=1' : ''}`,
  signedCopy: (orderId: string, copyId: string) =>
    `${base(orderId)}/contract/signed-copies/${encodeURIComponent(copyId)}`,
  invoiceFile: (orderId: string, invoiceId: string) =>
    `${base(orderId)}/invoices/${encodeURIComponent(invoiceId)}/file`,
  commercialInvoice: (orderId: string, versionNo: number) =>
    `${base(orderId)}/export-invoice/versions/${versionNo}/commercial-invoice.pdf`,
  packingList: (orderId: string, versionNo: number) =>
    `${base(orderId)}/export-invoice/versions/${versionNo}/packing-list.pdf`,
  proforma: (orderId: string) => `${base(orderId)}/proforma-invoice.pdf`,
};

export const documentApi = {
  section: (orderId: string) => api<OrderDocuments>(`${base(orderId)}/documents`),
  saveContract: (orderId: string, version: number, clauses: ContractClauses) =>
    api<unknown>(`${base(orderId)}/contract`, { method: 'PUT', json: { version, clauses } }),
  contractEvent: (orderId: string, input: ContractEventRequest) =>
    api<unknown>(`${base(orderId)}/contract/events`, { method: 'POST', json: input }),
  signedCopy: (orderId: string, input: SignedCopyUpload) =>
    api<unknown>(`${base(orderId)}/contract/signed-copies`, { method: 'POST', json: input }),
  recordInvoice: (orderId: string, input: DomesticInvoiceRecord) =>
    api<unknown>(`${base(orderId)}/invoices`, { method: 'POST', json: input }),
  saveExportInvoice: (orderId: string, version: number, fields: ExportInvoiceFields) =>
    api<unknown>(`${base(orderId)}/export-invoice`, { method: 'PUT', json: { version, fields } }),
  confirmExportInvoice: (orderId: string, version: number) =>
    api<unknown>(`${base(orderId)}/export-invoice/confirm`, { method: 'POST', json: { version } }),
};

/** The answer may itself be the section (the contract names no answer for changes): use it if it is. */
function isSection(value: unknown, orderId: string): value is OrderDocuments {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { orderId?: unknown }).orderId === orderId &&
    'invoiceStatus' in value
  );
}

export function useOrderDocuments(orderId: string) {
  return useQuery({ queryKey: documentKeys.section(orderId), queryFn: () => documentApi.section(orderId) });
}

/**
 * Every change reloads the section, and the order and its lists (the order's status moves with
 * the contract: signed → in production; the lists show the column).
 */
export function useDocumentChange<I>(orderId: string, run: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (answer) => {
      if (isSection(answer, orderId)) client.setQueryData(documentKeys.section(orderId), answer);
      await Promise.all([
        client.invalidateQueries({ queryKey: documentKeys.section(orderId) }),
        client.invalidateQueries({ queryKey: ['account', 'orders'], predicate: (q) => q.queryKey[2] !== 'documents' }),
      ]);
    },
  });
}
