import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, OrderDocuments } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { useFormat } from '../../hooks/useFormat.js';
import { Fact } from '../facts/Fact.js';
import { FormAlert } from '../forms/FormAlert.js';
import { ContractClausesForm } from './ContractClausesForm.js';
import { ContractDecision } from './ContractDecision.js';
import { ContractVersions } from './ContractVersions.js';
import { SignedCopies } from './SignedCopies.js';

/** What happens next, for this viewer in this state (one sentence above the contract). */
function nextStepKey(contract: Contract, viewer: OrderDocuments['viewer']): string {
  const who = viewer === 'staff' ? 'staff' : viewer;
  return `documents.contract.next.${contract.status}.${who}`;
}

/**
 * The purchase contract (guide 5.2): its number and state, the versions with "View" and
 * "Download", the supplier's furnish form while drafting, the buyer's decision, and the signed
 * copies. Production starts by itself once both signed copies of the confirmed version are in.
 */
export function ContractPanel({
  order,
  documents,
  contract,
}: {
  order: OrderDetail;
  documents: OrderDocuments;
  contract: Contract;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dirty, setDirty] = useState(false);
  const viewer = documents.viewer;
  return (
    <div className="documents-part" data-testid="contract" data-status={contract.status}>
      <h4>{t('documents.contract.title')}</h4>
      <dl className="facts facts-inline">
        <Fact label={t('documents.contract.number')}>
          <span className="mono" data-testid="contract-number">
            {contract.number}
          </span>
        </Fact>
        <Fact label={t('documents.contract.status')}>
          <span className={`badge contract-status-${contract.status}`} data-testid="contract-state">
            {t(`documents.contractStatus.${contract.status}`)}
          </span>
        </Fact>
        <Fact label={t('documents.contract.confirmedVersion')}>
          {contract.confirmedVersionNo ? format.number(contract.confirmedVersionNo) : null}
        </Fact>
      </dl>
      {contract.status === 'signed' && contract.signedAt ? (
        <FormAlert tone="success" testId="contract-signed">
          {t('documents.contract.signed', { date: format.dateTime(contract.signedAt) })}
        </FormAlert>
      ) : (
        <p className="documents-next" data-testid="contract-next">
          {t(nextStepKey(contract, viewer))}
        </p>
      )}
      {contract.buyerComment && contract.status === 'drafting' ? (
        <FormAlert tone="info" testId="contract-change-request">
          {t(`documents.contract.changeRequest.${viewer === 'buyer' ? 'buyer' : 'other'}`, {
            comment: contract.buyerComment,
          })}
        </FormAlert>
      ) : null}
      <ContractVersions orderId={order.id} contract={contract} />
      {contract.canEdit ? (
        <ContractClausesForm key={order.id} orderId={order.id} contract={contract} onDirtyChange={setDirty} />
      ) : null}
      {contract.allowedEvents.length ? (
        <ContractDecision orderId={order.id} contract={contract} unsaved={dirty} />
      ) : null}
      <SignedCopies orderId={order.id} contract={contract} viewer={viewer} />
    </div>
  );
}
