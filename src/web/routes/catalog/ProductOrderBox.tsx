import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProductPage as Product } from '../../../shared/schemas/products.js';
import { useOwnSupplier } from '../../api/suppliers.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { useOrderDraft } from '../../hooks/useOrderDrafts.js';
import { useProductFormat } from '../../hooks/useProductFormat.js';
import { addToDraft, DRAFT_MAX_QUANTITY, type AddResult } from '../../lib/orderDraft.js';

/** Why a typed quantity cannot be ordered, or null when it can. */
export type QuantityProblem = 'invalid' | 'belowMoq' | null;

export function quantityProblem(quantity: number | null, moq: number): QuantityProblem {
  if (quantity === null || quantity > DRAFT_MAX_QUANTITY) return 'invalid';
  return quantity < moq ? 'belowMoq' : null;
}

/**
 * The product page's order box (issue 12): the quantity, "Place order" and "Add to order".
 * The applicable tier is chosen by the page (it highlights the tier table); this box says why a
 * quantity cannot be ordered as it is typed, and keeps the buttons from acting on it. The server
 * checks everything again. Signed-out visitors go to "Login" and come back here with their
 * quantity; a supplier sees no buttons on its own products (the server refuses: OWN_PRODUCT).
 */
export function ProductOrderBox({
  product,
  quantityText,
  onQuantityText,
  quantity,
  unitPrice,
}: {
  product: Product;
  quantityText: string;
  onQuantityText: (text: string) => void;
  quantity: number | null;
  /** The unit price that applies to the quantity, formatted. */
  unitPrice: string;
}) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const pf = useProductFormat();
  const ids = useId();
  const own = useOwnSupplier();
  const user = own.user;
  const draft = useOrderDraft(user?.id, product.supplier.id);
  const [added, setAdded] = useState<AddResult | null>(null);

  const problem = quantityProblem(quantity, product.moq);
  const ownProduct = own.supplierId === product.supplier.id;
  if (own.pending) {
    return <div className="order-box" aria-busy="true" />;
  }
  if (ownProduct) {
    return (
      <p className="order-box muted" data-testid="own-product-note">
        {t('orderForm.box.ownProduct')}
      </p>
    );
  }

  const draftPath = `${href('/orders/new')}?${new URLSearchParams({ supplier: product.supplier.id })}`;
  const act = (placeOrder: boolean) => {
    if (problem || quantity === null) return;
    if (!user) {
      const back = `${href(`/products/${product.id}`)}?${new URLSearchParams({ quantity: String(quantity) })}`;
      void navigate(`${href('/login')}?${new URLSearchParams({ next: back })}`);
      return;
    }
    const image = product.images[0];
    const { result } = addToDraft(
      user.id,
      { id: product.supplier.id, name: product.supplier.name },
      {
        productId: product.id,
        quantity,
        name: product.name,
        unit: product.unit,
        moq: product.moq,
        modelNumber: product.modelNumber,
        pictureUrl: image ? (image.thumbnailUrl ?? image.url) : null,
      },
    );
    setAdded(result);
    if (placeOrder && result !== 'full') void navigate(draftPath);
  };
  const errorId = `${ids}error`;

  return (
    <section className="order-box" aria-labelledby={`${ids}title`} data-testid="order-box">
      <h2 id={`${ids}title`} className="visually-hidden">
        {t('orderForm.box.title')}
      </h2>
      <div className={problem ? 'field field-invalid' : 'field'}>
        <label className="field-label" htmlFor={`${ids}quantity`}>
          {t('orderForm.box.quantity')}
        </label>
        <div className="order-box-quantity">
          <input
            id={`${ids}quantity`}
            className="input"
            inputMode="numeric"
            autoComplete="off"
            value={quantityText}
            onChange={(event) => {
              setAdded(null);
              onQuantityText(event.target.value);
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            data-testid="order-quantity"
          />
          <span className="order-box-unit" data-testid="order-unit">
            {t(`products.unitCount.${product.unit}`, { count: quantity ?? product.moq, quantity: '' }).trim()}
          </span>
        </div>
        {/* role=alert: the reason is read out as soon as the quantity is typed. */}
        <p id={errorId} className="field-error" role="alert" data-testid="order-quantity-error" hidden={!problem}>
          {problem === 'belowMoq'
            ? t('orderForm.box.belowMoq', { quantity: pf.quantity(product.moq, product.unit) })
            : problem === 'invalid'
              ? t('orderForm.box.quantityInvalid')
              : null}
        </p>
      </div>
      {!problem && quantity !== null ? (
        <p className="order-box-price" data-testid="applicable-price">
          {t('orderForm.box.unitPriceAt', { price: unitPrice, quantity: pf.quantity(quantity, product.unit) })}
        </p>
      ) : null}
      <div className="order-box-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={Boolean(problem)}
          onClick={() => act(true)}
          data-testid="place-order"
        >
          {t('orderForm.box.placeOrder')}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          disabled={Boolean(problem)}
          onClick={() => act(false)}
          data-testid="add-to-order"
        >
          {t('orderForm.box.addToOrder')}
        </button>
      </div>
      <p className="order-box-status" role="status" data-testid="order-box-status">
        {added === 'added' ? t('orderForm.box.added') : null}
        {added === 'updated' ? t('orderForm.box.updated') : null}
        {added === 'full' ? t('orderForm.box.full') : null}
      </p>
      {!user ? <p className="field-hint">{t('orderForm.box.loginHint')}</p> : null}
      {draft ? (
        <Link to={draftPath} className="order-draft-link" data-testid="order-draft-link">
          {t('orderForm.draft.link', { count: draft.lines.length })}
        </Link>
      ) : null}
    </section>
  );
}
