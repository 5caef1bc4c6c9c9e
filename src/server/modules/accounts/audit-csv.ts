import type { AuditRow } from './audit-log.repo.js';

/**
 * A CSV cell: always quoted (quotes doubled), and a value a spreadsheet would run as a formula
 * (starting with = + - @, or a tab / carriage return that can hide one) gets a leading apostrophe
 * (OWASP "CSV injection"): audit details carry text users typed.
 */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const AUDIT_CSV_HEADER = ['time', 'actor_id', 'actor', 'action', 'object_type', 'object_id', 'ip', 'details'];

/** The export: a UTF-8 BOM (spreadsheets then read Chinese and Cyrillic right), CRLF lines (RFC 4180). */
export function auditCsv(rows: readonly AuditRow[]): string {
  const lines = [AUDIT_CSV_HEADER.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.createdAt.toISOString(),
        row.actorId,
        row.actorName,
        row.action,
        row.entityType,
        row.entityId,
        row.ip,
        JSON.stringify(row.details ?? {}),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
