import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { ApiError } from '../api/client.js';
import { useFormat } from './useFormat.js';

type Params = Record<string, string | number>;

/** A problem to show, kept untranslated so a language switch re-renders it correctly. */
export interface Problem {
  key: string;
  params?: Params;
}

const CODE = /^[a-z][a-z0-9_]*$/;
const NO_ALIASES: Partial<Record<string, never>> = {};
const REQUEST_PART = /^(body|query|params|querystring)\./;

/** Zod issue messages are our machine codes ('email_invalid'); anything else is 'invalid'. */
export function issueCode(message: string | undefined): string {
  return message && CODE.test(message) ? message : 'invalid';
}

/**
 * Field errors of one form: inline checks with the shared zod schemas, and the API's
 * `details` mapped onto the fields they name (anything else becomes the form's message).
 * `aliases` maps API paths onto field names when they differ.
 */
export function useFieldErrors<K extends string>(
  fields: readonly K[],
  aliases: Partial<Record<string, K>> = NO_ALIASES,
) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [errors, setErrors] = useState<Partial<Record<K, Problem>>>({});
  const [formProblem, setFormProblem] = useState<Problem | null>(null);

  const fieldFor = useCallback(
    (path: string): K | undefined => {
      const name = path.replace(REQUEST_PART, '');
      return aliases[name] ?? fields.find((f) => f === name);
    },
    [fields, aliases],
  );

  const setError = useCallback((name: K, code: string | undefined, params?: Params) => {
    setErrors((prev) => {
      if (!code && !prev[name]) return prev;
      const next = { ...prev };
      if (code) next[name] = { key: `validation.${code}`, params };
      else delete next[name];
      return next;
    });
  }, []);

  /** Checks one value with a shared schema; shows or clears its message. */
  const validate = useCallback(
    (name: K, schema: ZodType, value: unknown): boolean => {
      const result = schema.safeParse(value);
      setError(name, result.success ? undefined : issueCode(result.error.issues[0]?.message));
      return result.success;
    },
    [setError],
  );

  /** Shows an API error: field details under their fields, the rest above the form. Returns the codes shown. */
  const applyApiError = useCallback(
    (error: unknown): string[] => {
      if (!(error instanceof ApiError)) {
        setFormProblem({ key: 'errors.INTERNAL' });
        return [];
      }
      const { body, retryAfterSeconds } = error;
      const codes: string[] = [];
      let unmapped: Problem | null = null;
      const next: Partial<Record<K, Problem>> = {};
      for (const detail of body.details ?? []) {
        const field = fieldFor(detail.path);
        const problem = { key: `validation.${issueCode(detail.code)}`, params: detail.params };
        codes.push(detail.code);
        if (field && !next[field]) next[field] = problem;
        else if (!field) unmapped ??= problem;
      }
      setErrors((prev) => ({ ...prev, ...next }));
      const mapped = Object.keys(next).length > 0;
      if (body.code === 'RATE_LIMITED') {
        // A field already says why (e.g. code_cooldown); otherwise say how long to wait.
        if (mapped) setFormProblem(null);
        else if (retryAfterSeconds !== undefined)
          setFormProblem({ key: 'common.tryAgainIn', params: { seconds: retryAfterSeconds } });
        else setFormProblem({ key: 'errors.RATE_LIMITED' });
      } else if (mapped) {
        setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      } else {
        setFormProblem(unmapped ?? { key: `errors.${body.code}` });
      }
      return codes;
    },
    [fieldFor],
  );

  const translate = useCallback(
    (problem: Problem | null | undefined): string | undefined => {
      if (!problem) return undefined;
      const values: Record<string, string> = {};
      for (const [name, value] of Object.entries(problem.params ?? {})) {
        values[name] =
          typeof value !== 'number' ? value : name === 'seconds' ? format.seconds(value) : format.number(value);
      }
      if (i18n.exists(problem.key)) return t(problem.key, values);
      return t(problem.key.startsWith('validation.') ? 'validation.invalid' : 'errors.INTERNAL');
    },
    [t, i18n, format],
  );

  return useMemo(
    () => ({
      /** The translated message of a field, if it has one. */
      fieldError: (name: K) => translate(errors[name]),
      hasErrors: Object.keys(errors).length > 0,
      formError: translate(formProblem),
      setError,
      setFormProblem,
      validate,
      applyApiError,
      clear: () => {
        setErrors({});
        setFormProblem(null);
      },
    }),
    [errors, formProblem, translate, setError, validate, applyApiError],
  );
}
