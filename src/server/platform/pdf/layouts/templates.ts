import { readFileSync } from 'node:fs';

/**
 * Document texts live in versioned JSON templates beside the code (../templates/<id>.v<n>.json),
 * never in the layouts: a contract version keeps the template version it was made with, so a
 * wording change is a new file and old versions still render as they were signed. The build copies
 * the directory into dist (scripts/copy-migrations.mjs).
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface TemplateParagraph extends Bilingual {
  /** Shown only when this condition of the model holds (see contract.layout.ts). */
  when?: string;
}

export interface ContractClauseTemplate {
  id: string;
  when?: string;
  heading: Bilingual;
  paragraphs: TemplateParagraph[];
  goodsTable?: boolean;
  totals?: boolean;
}

export interface ContractTemplate {
  templateId: string;
  templateVersion: number;
  title: Bilingual;
  labels: Record<string, Bilingual>;
  words: Record<string, Bilingual>;
  units: Record<string, Bilingual>;
  paymentMethods: Record<string, Bilingual>;
  arbitrationBodies: Record<string, Bilingual & { seatZh: string; seatEn: string }>;
  governingLaws: Record<string, Bilingual>;
  clauses: ContractClauseTemplate[];
}

export interface InvoiceTemplate {
  templateId: string;
  templateVersion: number;
  titles: Record<string, string>;
  labels: Record<string, string>;
  units: Record<string, string>;
  packageKinds: Record<string, string>;
  paymentMethods: Record<string, string>;
}

/** The template new contract versions are made with; the contracts module stores it in the model. */
export function currentContractTemplate(): { templateId: 'sales-contract'; templateVersion: number } {
  return { templateId: 'sales-contract', templateVersion: 1 };
}

/** The template commercial invoices, proformas and packing lists are rendered with. */
export const INVOICE_TEMPLATE = { templateId: 'commercial-invoice', templateVersion: 1 } as const;

const cache = new Map<string, unknown>();

export function loadTemplate<T>(templateId: string, templateVersion: number): T {
  // The id comes from a stored model: only plain names, so it cannot point outside the directory.
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(templateId) || !Number.isInteger(templateVersion) || templateVersion < 1) {
    throw new Error(`invalid template ${templateId} v${templateVersion}`);
  }
  const key = `${templateId}.v${templateVersion}`;
  let template = cache.get(key);
  if (!template) {
    template = JSON.parse(readFileSync(new URL(`../templates/${key}.json`, import.meta.url), 'utf8')) as unknown;
    cache.set(key, template);
  }
  return template as T;
}

/** Replaces {{name}} with values[name]; a missing value is a bug in the layout, so it throws. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template placeholder without a value: ${name}`);
    return value;
  });
}
