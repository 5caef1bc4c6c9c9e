import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../../api/auth.js';
import { messageErrorText } from './messageError.js';
import { messagesApi } from '../../api/messages.js';
import { SUPPLIER_PROFILE_KEY, supplierApi } from '../../api/suppliers.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/**
 * "Contact supplier" (issue 14) on a product page and a supplier page: signed-out visitors go to
 * "Login" and come back here; signed in, it finds or starts the conversation with the supplier
 * and opens it with the product as the card of the next message. Not shown to the supplier on
 * its own page or products.
 */
export function ContactSupplierButton({ supplierId, productId }: { supplierId: string; productId?: string }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const user = me.data?.user ?? null;
  const supplierProfile = useQuery({
    queryKey: SUPPLIER_PROFILE_KEY,
    queryFn: supplierApi.profile,
    enabled: user?.supplierStatus === 'approved',
    staleTime: 5 * 60_000,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (me.isPending || (user?.supplierStatus === 'approved' && supplierProfile.isPending)) return null;
  if (supplierProfile.data?.profile.id === supplierId) return null;

  const contact = async () => {
    if (!user) {
      const back = `${location.pathname}${location.search}`;
      void navigate(`${href('/login')}?${new URLSearchParams({ next: back })}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const conversation = await messagesApi.start(supplierId, productId);
      const pending = productId ? `?${new URLSearchParams({ product: productId })}` : '';
      void navigate(`${href(`/messages/${conversation.id}`)}${pending}`);
    } catch (reason) {
      setError(messageErrorText(t, reason));
      setBusy(false);
    }
  };

  return (
    <div className="contact-supplier">
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => void contact()}
        disabled={busy}
        data-testid="contact-supplier"
      >
        {t('messages.contactSupplier')}
      </button>
      {error ? (
        <p className="field-error" role="alert" data-testid="contact-supplier-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Contact supplier" / "Contact buyer" on an order's details: the conversation about the order,
 * opened with the order as the card of the next message.
 */
export function OrderConversationButton({ orderId, viewer }: { orderId: string; viewer: 'buyer' | 'supplier' }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const conversation = await messagesApi.forOrder(orderId);
      void navigate(`${href(`/messages/${conversation.id}`)}?${new URLSearchParams({ order: orderId })}`);
    } catch (reason) {
      setError(messageErrorText(t, reason));
      setBusy(false);
    }
  };
  return (
    <div className="contact-supplier">
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => void open()}
        disabled={busy}
        data-testid="order-conversation"
      >
        {viewer === 'buyer' ? t('messages.contactSupplier') : t('messages.contactBuyer')}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
