import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { FormAlert } from '../forms/FormAlert.js';
import { ReauthDialog } from './ReauthDialog.js';
import { type RejectFormContent, RejectReasonsForm } from './RejectReasonsForm.js';
import type { RejectInput } from './types.js';

type Decision<Code extends string> = { kind: 'approve' } | { kind: 'reject'; input: RejectInput<Code> };

// The server's answers when the submission moved on after this page read it (another reviewer).
const ALREADY_DECIDED = new Set(['VERSION_CONFLICT', 'INVALID_TRANSITION']);

export interface DecisionBarProps<Code extends string> {
  /** Whether the submission still waits for a decision; otherwise only a problem (if any) is shown. */
  awaitingDecision: boolean;
  /** Calls the API with the version read, so a decision made meanwhile ends in a 409. */
  approve: () => Promise<unknown>;
  reject: (input: RejectInput<Code>) => Promise<unknown>;
  /** Refetched after every attempt, so the page shows whichever decision won. */
  invalidates: QueryKey;
  /** "Another reviewer has already decided this …", already translated. */
  alreadyDecided: string;
  rejectForm: RejectFormContent<Code>;
}

/** "Approve" or "Reject" (opening the coded-reason form), with the version-conflict message. */
export function DecisionBar<Code extends string>({
  awaitingDecision,
  approve,
  reject,
  invalidates,
  alreadyDecided,
  rejectForm,
}: DecisionBarProps<Code>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A decision the server held back until the second factor is proved again; retried after it.
  const [awaitingReauth, setAwaitingReauth] = useState<Decision<Code> | null>(null);

  const mutation = useMutation({
    mutationFn: (decision: Decision<Code>) => (decision.kind === 'approve' ? approve() : reject(decision.input)),
    onSuccess: () => {
      setRejecting(false);
      setProblem(null);
    },
    onError: (error, decision) => {
      const code = error instanceof ApiError ? error.body.code : 'INTERNAL';
      if (code === 'REAUTH_REQUIRED') {
        setAwaitingReauth(decision);
        return;
      }
      const decided = ALREADY_DECIDED.has(code);
      setProblem(decided ? alreadyDecided : t(`errors.${code}`, { defaultValue: t('errors.INTERNAL') }));
      // The form would reject a submission that is no longer there to reject.
      if (decided) setRejecting(false);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: invalidates }),
  });

  const problemAlert = problem ? (
    <FormAlert tone="error" testId="decision-error">
      {problem}
    </FormAlert>
  ) : null;

  if (!awaitingDecision) return problemAlert;
  return (
    <div className="review-actions">
      {problemAlert}
      <ReauthDialog
        open={awaitingReauth !== null}
        onCancel={() => setAwaitingReauth(null)}
        onConfirmed={() => {
          const decision = awaitingReauth;
          setAwaitingReauth(null);
          if (decision) mutation.mutate(decision);
        }}
      />
      {rejecting ? (
        <RejectReasonsForm
          {...rejectForm}
          busy={mutation.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(input) => mutation.mutate({ kind: 'reject', input })}
        />
      ) : (
        <div className="wizard-nav">
          <button
            type="button"
            className="btn btn-primary btn-lg"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ kind: 'approve' })}
          >
            {t('review.approve')}
          </button>
          <button type="button" className="btn btn-danger btn-lg" onClick={() => setRejecting(true)}>
            {t('review.rejectButton')}
          </button>
        </div>
      )}
    </div>
  );
}
