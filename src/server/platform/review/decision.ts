import type { Locale } from '../../../shared/locales.js';
import type { Db } from '../../db/client.js';
import { writeAudit } from '../audit.js';
import type { Mailer, OutgoingMail } from '../mail/outbox.js';

/** The member of staff deciding, and the address the decision came from: both go into the audit log. */
export interface Reviewer {
  id: string;
  ip: string;
}

/** The two decisions a review takes; every review state machine names them alike. */
export type ReviewEvent = 'approve' | 'reject';

/** Whoever is told about the decision: the applicant, addressed by account name in their language. */
export interface ReviewRecipient {
  email: string;
  accountName: string;
  locale: Locale;
}

/** The applicant's email: template and parameters; the address, language and `name` come from the recipient. */
export type ReviewNotice = Pick<OutgoingMail, 'template' | 'params'>;

/** What a decision writes with inside its transaction. */
export type DecisionTx = Pick<Db, 'select' | 'insert' | 'update'>;

export interface Decision<Row> {
  reviewer: Reviewer;
  event: ReviewEvent;
  /** The audit log's name for what is reviewed; the action recorded is "<entityType>.<event>". */
  entityType: string;
  entityId: string;
  auditDetails: Record<string, unknown>;
  /**
   * The versioned conditional UPDATE guarded by the state machine, and whatever else the
   * decision creates. It refuses by throwing (409 for a stale version or a state the machine
   * does not allow), and then nothing of the decision is written.
   */
  apply(tx: DecisionTx): Promise<Row>;
  recipient: ReviewRecipient;
  /** The email about the row as decided. */
  notice(row: Row): ReviewNotice;
}

/**
 * Records a staff decision as one transaction: the change, its audit_log row and the
 * applicant's email in the outbox commit together or not at all, so a reviewer who loses a
 * race leaves neither an audit entry nor an email behind.
 */
export async function commitDecision<Row>(
  deps: { db: Pick<Db, 'transaction'>; mailer: Mailer },
  decision: Decision<Row>,
): Promise<Row> {
  const { reviewer, recipient } = decision;
  return deps.db.transaction(async (tx) => {
    const row = await decision.apply(tx);
    await writeAudit(tx, {
      actorId: reviewer.id,
      action: `${decision.entityType}.${decision.event}`,
      entityType: decision.entityType,
      entityId: decision.entityId,
      ip: reviewer.ip,
      details: decision.auditDetails,
    });
    const { template, params } = decision.notice(row);
    await deps.mailer.enqueue(tx, {
      to: recipient.email,
      locale: recipient.locale,
      template,
      params: { ...params, name: recipient.accountName },
    });
    return row;
  });
}
