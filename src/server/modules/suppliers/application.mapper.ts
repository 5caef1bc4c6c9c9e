import { COMPANY_FIELDS as SHARED_COMPANY_FIELDS } from '../../../shared/company-fields.js';
import type { Application, CompanyDraft, FileInfo } from '../../../shared/schemas/suppliers.js';
import type { SupplierApplicationState } from '../../../shared/state-machines/supplier-application.js';
import { type supplierApplications } from './suppliers.tables.js';

export type ApplicationRow = typeof supplierApplications.$inferSelect;
export type MaterialView = { id: string; type: string; file: FileInfo };

/** The company fields (one list with the web form), each a column of the application row. */
export const COMPANY_FIELDS = SHARED_COMPANY_FIELDS satisfies readonly (keyof CompanyDraft & keyof ApplicationRow)[];

export function companyFromRow(row: ApplicationRow): CompanyDraft {
  const company: Record<string, string> = {};
  for (const field of COMPANY_FIELDS) {
    const value = row[field];
    if (value !== null && value !== undefined && value !== '') company[field] = String(value);
  }
  return company as CompanyDraft;
}

/** Column values for a save: a field left out of the draft is cleared. */
export function companyToColumns(company: CompanyDraft): Pick<ApplicationRow, (typeof COMPANY_FIELDS)[number]> {
  const columns = {} as Record<(typeof COMPANY_FIELDS)[number], string | null>;
  for (const field of COMPANY_FIELDS) {
    const value = company[field];
    columns[field] = value === undefined || value === '' ? null : value;
  }
  return columns as Pick<ApplicationRow, (typeof COMPANY_FIELDS)[number]>;
}

export function toApplicationView(row: ApplicationRow, materials: MaterialView[]): Application {
  return {
    id: row.id,
    status: row.status as SupplierApplicationState,
    version: row.version,
    company: companyFromRow(row),
    materials: materials as Application['materials'],
    submittedAt: row.submittedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejection:
      row.status === 'rejected' ? { reasons: row.rejectionReasons ?? [], note: row.rejectionNote ?? null } : null,
  };
}

/** Field names that differ between two submitted versions of the company details. */
export function changedFields(before: CompanyDraft, after: CompanyDraft): string[] {
  return COMPANY_FIELDS.filter((f) => (before[f] ?? '') !== (after[f] ?? ''));
}
