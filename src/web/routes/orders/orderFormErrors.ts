import type { TFunction, i18n as I18n } from 'i18next';
import type { OrderSubmit } from '../../../shared/schemas/orders.js';
import { ApiError } from '../../api/client.js';
import type { ProductUnit } from '../../hooks/useProductFormat.js';

type Lines = OrderSubmit['lines'];
type Params = Record<string, string | number> | undefined;
export interface LineProblem {
  code: string;
  params?: Params;
}

const LINE_PATH = /^(?:body\.)?lines\.(\d+)(?:\.(\w+))?$/;

/**
 * The API's refusals of single lines (`details` with path `lines.<i>.…`), by product id: the
 * index is a position in the lines that request sent, so those lines are passed in.
 */
export function lineProblemsOf(error: unknown, sent: Lines): Record<string, LineProblem> {
  if (!(error instanceof ApiError)) return {};
  const problems: Record<string, LineProblem> = {};
  for (const detail of error.body.details ?? []) {
    const match = LINE_PATH.exec(detail.path);
    const productId = match ? sent[Number(match[1])]?.productId : undefined;
    if (productId && !problems[productId]) problems[productId] = { code: detail.code, params: detail.params };
  }
  return problems;
}

/** Whether an API error says anything beyond single lines (then the form shows it above). */
export function hasWholeFormProblem(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const details = error.body.details ?? [];
  return !details.length || details.some((d) => !LINE_PATH.test(d.path));
}

/**
 * A line's problem in words: the order form's own texts first (below_moq with the MOQ and its
 * unit, product_unavailable …), then the shared validation texts.
 */
export function lineProblemText(
  problem: LineProblem,
  t: TFunction,
  i18n: I18n,
  quantity: (count: number, unit: ProductUnit) => string,
): string {
  const { code, params } = problem;
  if (code === 'below_moq' && typeof params?.moq === 'number') {
    const unit = (typeof params.unit === 'string' ? params.unit : 'piece') as ProductUnit;
    return t('orderForm.lineErrors.below_moq', { quantity: quantity(params.moq, unit) });
  }
  if (i18n.exists(`orderForm.lineErrors.${code}`)) return t(`orderForm.lineErrors.${code}`);
  if (i18n.exists(`validation.${code}`)) return t(`validation.${code}`);
  return t('validation.invalid');
}

/** The order form's words for the API's error codes, else the app's (errors.<CODE>). */
export function orderErrorText(error: unknown, t: TFunction, i18n: I18n): string {
  const code = error instanceof ApiError ? error.body.code : 'INTERNAL';
  if (i18n.exists(`orderForm.errors.${code}`)) return t(`orderForm.errors.${code}`);
  if (i18n.exists(`errors.${code}`)) return t(`errors.${code}`);
  return t('errors.INTERNAL');
}
