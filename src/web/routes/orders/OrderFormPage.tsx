import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import {
  orderSubmitSchema,
  type OrderDetail,
  type OrderSubmit,
  type TradeType,
} from '../../../shared/schemas/orders.js';
import { useMe } from '../../api/auth.js';
import { useAddresses, useBuyerProfile, useInvoiceProfiles } from '../../api/buyers.js';
import { ApiError } from '../../api/client.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { issueCode, useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { useOrderDraft } from '../../hooks/useOrderDrafts.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { useProductFormat } from '../../hooks/useProductFormat.js';
import { removeLine, saveDetails, setLineQuantity, type DraftDetails, type OrderDraft } from '../../lib/orderDraft.js';
import { parseQuantity } from '../../lib/priceTier.js';
import { OrderLines } from './OrderLines.js';
import { OrderTermsFields, type TermsField } from './OrderTermsFields.js';
import {
  hasWholeFormProblem,
  lineProblemsOf,
  lineProblemText,
  orderErrorText,
  type LineProblem,
} from './orderFormErrors.js';
import { useOrderPreview } from './useOrderPreview.js';
import { useSubmitOrder } from './useSubmitOrder.js';

const FIELDS = [
  'tradeType',
  'addressId',
  'destinationCountry',
  'destinationPort',
  'preferredIncoterm',
  'invoiceProfileId',
  'requestedDeliveryDate',
  'buyerNote',
  'lines',
] as const satisfies readonly TermsField[];

/** /:lang/orders/new?supplier=<id> — the order form for one supplier's draft (signed-in only). */
export function OrderFormPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const [params] = useSearchParams();
  const supplierId = params.get('supplier') ?? '';
  const user = useMe().data?.user;
  const draft = useOrderDraft(user?.id, supplierId);
  const navigate = useNavigate();
  /** Set once the order is in: the draft is cleared while the order's page loads. */
  const [submitted, setSubmitted] = useState(false);
  usePageTitle(t('orderForm.title'));
  if (!user) return null;
  const onSubmitted = (order: OrderDetail) => {
    setSubmitted(true);
    void navigate(href(`/account/orders/${order.id}`));
  };

  return (
    <div className="container order-form-page" data-testid="order-form-page">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('orderForm.title') }]} />
      <h1>{t('orderForm.title')}</h1>
      {submitted ? (
        <FormAlert tone="success" testId="order-submitted">
          {t('orderForm.submitted')}
        </FormAlert>
      ) : draft ? (
        <OrderForm key={supplierId} user={user} draft={draft} onSubmitted={onSubmitted} />
      ) : (
        <div className="card" data-testid="order-draft-empty">
          <p>{t('orderForm.empty')}</p>
          <Link to={href('/search')}>{t('orderForm.browse')}</Link>
        </div>
      )}
    </div>
  );
}

/**
 * Buyer information, addresses and invoice profiles edited in another tab ("Manage addresses"
 * opened in a new one) show when the buyer comes back to the form.
 */
function useFreshBuyerChoices() {
  const client = useQueryClient();
  useEffect(() => {
    // Every buyerKeys entry (api/buyers.ts) starts with ['account', 'buyer'].
    const refresh = () => void client.invalidateQueries({ queryKey: ['account', 'buyer'] });
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [client]);
}

/** Defaults the buyer has not overridden: the only trade type, the default address and invoice profile. */
function useResolvedDetails(details: DraftDetails, tradeTypes: readonly TradeType[]): DraftDetails {
  const addresses = useAddresses().data?.addresses;
  const profiles = useInvoiceProfiles().data?.profiles;
  const chosen = details.tradeType as TradeType | undefined;
  const tradeType = !tradeTypes.length
    ? chosen
    : chosen && tradeTypes.includes(chosen)
      ? chosen
      : tradeTypes.length === 1
        ? tradeTypes[0]
        : undefined;
  const pick = <T extends { id: string; isDefault: boolean }>(list: T[] | undefined, id: string | undefined) =>
    list?.some((item) => item.id === id) ? id : (list?.find((item) => item.isDefault) ?? list?.[0])?.id;
  return {
    ...details,
    tradeType,
    addressId: addresses ? pick(addresses, details.addressId) : details.addressId,
    invoiceProfileId: profiles ? pick(profiles, details.invoiceProfileId) : details.invoiceProfileId,
  };
}

/** What the form sends: the export or the domestic part, empty texts left out. */
function submission(lines: OrderSubmit['lines'], d: DraftDetails): Record<string, unknown> {
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const exportTerms = {
    destinationCountry: text(d.destinationCountry),
    destinationPort: text(d.destinationPort),
    preferredIncoterm: text(d.preferredIncoterm),
  };
  const domesticTerms = {
    invoiceRequired: Boolean(d.invoiceRequired),
    invoiceProfileId: d.invoiceRequired ? text(d.invoiceProfileId) : undefined,
  };
  return {
    lines,
    tradeType: text(d.tradeType),
    addressId: text(d.addressId),
    ...(d.tradeType === 'export' ? exportTerms : d.tradeType === 'domestic' ? domesticTerms : {}),
    requestedDeliveryDate: text(d.requestedDeliveryDate),
    buyerNote: text(d.buyerNote),
  };
}

function OrderForm({
  user,
  draft,
  onSubmitted,
}: {
  user: CurrentUser;
  draft: OrderDraft;
  onSubmitted: (order: OrderDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const href = useLocalizedHref();
  const pf = useProductFormat();
  const client = useQueryClient();
  const buyer = useBuyerProfile();
  useFreshBuyerChoices();
  const addresses = useAddresses();
  const invoiceProfiles = useInvoiceProfiles();
  const errors = useFieldErrors(FIELDS);
  const submit = useSubmitOrder(user.id, draft.supplierId, onSubmitted);

  const [details, setDetails] = useState<DraftDetails>(draft.details);
  const [quantityTexts, setQuantityTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(draft.lines.map((l) => [l.productId, String(l.quantity)])),
  );
  const [submitLineProblems, setSubmitLineProblems] = useState<Record<string, LineProblem>>({});
  const [buyerInfoRefused, setBuyerInfoRefused] = useState(false);
  /** An answer about the order as a whole (OWN_PRODUCT, lines refused, network …), in words. */
  const [wholeFormError, setWholeFormError] = useState<string | null>(null);

  const typed = draft.lines.map((l) => ({
    productId: l.productId,
    quantity: parseQuantity(quantityTexts[l.productId] ?? String(l.quantity)),
  }));
  const previewLines = typed.every((l) => l.quantity !== null)
    ? typed.map((l) => ({ productId: l.productId, quantity: l.quantity! }))
    : null;
  const preview = useOrderPreview(previewLines);
  const resolved = useResolvedDetails(details, preview.tradeTypes);

  const previewProblems = lineProblemsOf(preview.error, preview.askedLines);
  const lineErrors: Record<string, string | undefined> = {};
  for (const line of typed) {
    const problem: LineProblem | undefined =
      line.quantity === null
        ? { code: 'quantity_invalid' }
        : (submitLineProblems[line.productId] ?? previewProblems[line.productId]);
    if (problem) lineErrors[line.productId] = lineProblemText(problem, t, i18n, pf.quantity);
  }

  const change = (patch: Partial<DraftDetails>) => {
    const next = { ...resolved, ...patch };
    setDetails(next);
    saveDetails(user.id, draft.supplierId, next);
    for (const field of Object.keys(patch)) {
      if ((FIELDS as readonly string[]).includes(field)) errors.setError(field as TermsField, undefined);
    }
  };
  const changeQuantity = (productId: string, text: string) => {
    setQuantityTexts((prev) => ({ ...prev, [productId]: text }));
    setSubmitLineProblems(({ [productId]: _dropped, ...rest }) => rest);
    const quantity = parseQuantity(text);
    if (quantity !== null) setLineQuantity(user.id, draft.supplierId, productId, quantity);
  };

  const buyerInfoMissing = buyerInfoRefused || buyer.data?.complete === false;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    setWholeFormError(null);
    setSubmitLineProblems({});
    if (!previewLines || submit.isPending) return;
    const body = submission(previewLines, resolved);
    const missing: [TermsField, boolean][] = [
      ['tradeType', !resolved.tradeType],
      ['addressId', !resolved.addressId],
      ['destinationCountry', resolved.tradeType === 'export' && !resolved.destinationCountry],
      [
        'invoiceProfileId',
        resolved.tradeType === 'domestic' && Boolean(resolved.invoiceRequired) && !resolved.invoiceProfileId,
      ],
    ];
    const parsed = orderSubmitSchema.safeParse(body);
    let invalid = false;
    for (const [field, isMissing] of missing) {
      if (isMissing) {
        errors.setError(field, 'required');
        invalid = true;
      }
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((f) => f === issue.path[0]);
        if (field && field !== 'lines') errors.setError(field, issueCode(issue.message));
        invalid = true;
      }
    }
    if (invalid || !parsed.success) {
      errors.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      return;
    }
    submit.submit(parsed.data, {
      onError: (error) => {
        setSubmitLineProblems(lineProblemsOf(error, parsed.data.lines));
        if (error instanceof ApiError && error.body.code === 'BUYER_INFORMATION_REQUIRED') setBuyerInfoRefused(true);
        // A chosen address or invoice profile deleted meanwhile: show the lists as they are now.
        if (error instanceof ApiError && error.body.code === 'NOT_FOUND')
          void client.invalidateQueries({ queryKey: ['account', 'buyer'] });
        // Field details under their fields; the answer as a whole above "Submit" (for a failed
        // validation, applyApiError's own summary; else the order form's words for the code).
        errors.applyApiError(error);
        if (!(error instanceof ApiError) || error.body.code !== 'VALIDATION_FAILED') {
          errors.setFormProblem(null);
          setWholeFormError(orderErrorText(error, t, i18n));
        }
      },
    });
  };

  return (
    <form className="form order-form" noValidate onSubmit={onSubmit} data-testid="order-form">
      <p className="lead">
        {t('orderForm.supplier', { supplier: preview.preview?.supplierName ?? draft.supplierName })}
      </p>
      {buyerInfoMissing ? (
        <FormAlert tone="error" testId="buyer-info-missing">
          {t('orderForm.buyerInfoMissing')} <Link to={href('/account/buyer')}>{t('orderForm.buyerInfoLink')}</Link>
        </FormAlert>
      ) : null}
      {preview.error && hasWholeFormProblem(preview.error) ? (
        <FormAlert tone="error" testId="preview-error">
          {orderErrorText(preview.error, t, i18n)}
        </FormAlert>
      ) : null}
      <OrderLines
        lines={draft.lines}
        quantityTexts={quantityTexts}
        onQuantity={changeQuantity}
        onRemove={(productId) => removeLine(user.id, draft.supplierId, productId)}
        preview={preview.preview}
        updating={preview.updating}
        lineErrors={lineErrors}
      />
      <OrderTermsFields
        details={resolved}
        onChange={change}
        tradeTypes={preview.tradeTypes}
        addresses={addresses.data?.addresses}
        invoiceProfiles={invoiceProfiles.data?.profiles}
        errorOf={errors.fieldError}
        disabled={submit.isPending}
      />
      {errors.formError || wholeFormError ? (
        <FormAlert tone="error" testId="order-form-error">
          {wholeFormError ?? errors.formError}
          {/* A problem of the lines as a whole (e.g. too many), not of one line. */}
          {errors.fieldError('lines') ? ` ${errors.fieldError('lines')}` : null}
        </FormAlert>
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-primary btn-lg"
          disabled={submit.isPending || buyerInfoMissing || !previewLines}
          data-testid="submit-order"
        >
          {submit.isPending ? t('orderForm.submitting') : t('orderForm.submit')}
        </button>
      </div>
    </form>
  );
}
