import type { ExportInvoiceFields, PackingLine } from '../../../shared/schemas/documents.js';
import { type PACKAGE_KINDS } from '../../../shared/schemas/documents.js';

export type PackageKind = (typeof PACKAGE_KINDS)[number];

export interface PackingFormLine {
  position: number;
  packages: string;
  packageKind: PackageKind;
  netWeightKg: string;
  grossWeightKg: string;
  volumeCbm: string;
}

export interface ExportFormValues {
  [key: string]: string | PackingFormLine[];
  portOfLoading: string;
  portOfDestination: string;
  vesselOrFlight: string;
  shippingMarks: string;
  packing: PackingFormLine[];
}

const lineToForm = (line: PackingLine): PackingFormLine => ({
  position: line.position,
  packages: String(line.packages),
  packageKind: line.packageKind,
  netWeightKg: line.netWeightKg,
  grossWeightKg: line.grossWeightKg,
  volumeCbm: line.volumeCbm,
});

/** The form from a version's fields; every order line gets a packing row (a missing one starts empty). */
export function exportFieldsToForm(fields: ExportInvoiceFields, positions: readonly number[]): ExportFormValues {
  const byPosition = new Map(fields.packing.map((line) => [line.position, line]));
  const all = positions.length ? positions : fields.packing.map((line) => line.position);
  return {
    portOfLoading: fields.portOfLoading,
    portOfDestination: fields.portOfDestination,
    vesselOrFlight: fields.vesselOrFlight ?? '',
    shippingMarks: fields.shippingMarks,
    packing: all.map((position) => {
      const line = byPosition.get(position);
      return line
        ? lineToForm(line)
        : { position, packages: '', packageKind: 'carton', netWeightKg: '', grossWeightKg: '', volumeCbm: '' };
    }),
  };
}

const clean = (value: string) => value.normalize('NFKC').trim();

/** The request's fields from the typed values (checked with exportInvoiceFieldsSchema before sending). */
export function formToExportFields(values: ExportFormValues): unknown {
  return {
    portOfLoading: values.portOfLoading,
    portOfDestination: values.portOfDestination,
    vesselOrFlight: values.vesselOrFlight.trim() === '' ? undefined : values.vesselOrFlight,
    shippingMarks: values.shippingMarks,
    packing: values.packing.map((line) => {
      const packages = clean(line.packages);
      return {
        position: line.position,
        packages: /^\d{1,7}$/.test(packages) ? Number(packages) : packages === '' ? undefined : packages,
        packageKind: line.packageKind,
        netWeightKg: clean(line.netWeightKg),
        grossWeightKg: clean(line.grossWeightKg),
        volumeCbm: clean(line.volumeCbm),
      };
    }),
  };
}

/** A zod issue's path as the form's error key: "portOfLoading", "packing.0.netWeightKg". */
export function issueKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
