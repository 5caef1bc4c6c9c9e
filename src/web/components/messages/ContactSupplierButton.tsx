import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { messageErrorText } from './messageError.js';
import { messagesApi } from '../../api/messages.js';
import { useOwnSupplier } from '../../api/suppliers.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/**
 * Opens a conversation the caller's request finds or starts, with the card of the next message
 * (`?product=` or `?order=`); an error stays next to the button in words.
 */
function useConversationOpener() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async (find: () => Promise<{ id: string }>, pending?: URLSearchParams) => {
    setBusy(true);
    setError(null);
    try {
      const conversation = await find();
      void navigate(`${href(`/messages/${conversation.id}`)}${pending ? `?${pending}` : ''}`);
    } catch (reason) {
      setError(messageErrorText(t, reason));
      setBusy(false);
    }
  };
  return { busy, error, open };
}

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
  const own = useOwnSupplier();
  const opener = useConversationOpener();

  if (own.pending || own.supplierId === supplierId) return null;

  const contact = () => {
    if (!own.user) {
      const back = `${location.pathname}${location.search}`;
      void navigate(`${href('/login')}?${new URLSearchParams({ next: back })}`);
      return;
    }
    const pending = productId ? new URLSearchParams({ product: productId }) : undefined;
    void opener.open(() => messagesApi.start(supplierId, productId), pending);
  };

  return (
    <div className="contact-supplier">
      <button
        type="button"
        className="btn btn-primary"
        onClick={contact}
        disabled={opener.busy}
        data-testid="contact-supplier"
      >
        {t('messages.contactSupplier')}
      </button>
      {opener.error ? (
        <p className="field-error" role="alert" data-testid="contact-supplier-error">
          {opener.error}
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
  const opener = useConversationOpener();
  const open = () => opener.open(() => messagesApi.forOrder(orderId), new URLSearchParams({ order: orderId }));
  return (
    <div className="contact-supplier">
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => void open()}
        disabled={opener.busy}
        data-testid="order-conversation"
      >
        {viewer === 'buyer' ? t('messages.contactSupplier') : t('messages.contactBuyer')}
      </button>
      {opener.error ? (
        <p className="field-error" role="alert">
          {opener.error}
        </p>
      ) : null}
    </div>
  );
}
