import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { ZodType } from 'zod';
import { ApiError } from '../../api/client.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import type { BookEntry } from './EntryBook.js';
import { checkWith, nestedAliases } from './formSupport.js';

/**
 * The state of a form for one entry of a book (address, invoice profile): typed values, the
 * shared schema checked before sending, server errors under their fields, and a version
 * conflict that keeps everything typed — the entry's new version is taken, so saving again
 * replaces the other change (or "Cancel" shows the saved one).
 */
export function useEntryForm<E extends BookEntry, K extends string, I>(options: {
  fields: readonly K[];
  /** Where an edit's body puts the entry ({ version, address }): the server's paths for it. */
  wrapper: string;
  initial: Record<K, string>;
  entry?: E;
  schema: ZodType<I>;
  toInput: (values: Record<K, string>) => unknown;
  create: (input: I) => Promise<E>;
  update: (id: string, version: number, input: I) => Promise<E>;
  /** The entry as it is now (after a conflict), or undefined when it is gone. */
  reload: (id: string) => Promise<E | undefined>;
  onSaved: (entry: E) => void;
}) {
  const { entry } = options;
  const [values, setValues] = useState(options.initial);
  const [version, setVersion] = useState(entry?.version);
  const [problem, setProblem] = useState<'conflict' | 'gone' | null>(null);
  const [aliases] = useState(() => nestedAliases(options.wrapper, options.fields));
  const form = useFieldErrors(options.fields, aliases);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const mutation = useMutation({
    mutationFn: (input: I) =>
      entry && version !== undefined ? options.update(entry.id, version, input) : options.create(input),
    onSuccess: options.onSaved,
    onError: async (error) => {
      if (entry && error instanceof ApiError && (error.status === 409 || error.status === 404)) {
        const latest = await options.reload(entry.id);
        if (latest) setVersion(latest.version);
        setProblem(latest ? 'conflict' : 'gone');
        return;
      }
      form.applyApiError(error);
      focusFirstInvalid();
    },
  });

  const set = (field: K) => (event: { target: { value: string } }) =>
    setValues((prev) => ({ ...prev, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.clear();
    setProblem(null);
    const input = checkWith(options.schema, options.toInput(values), options.fields, form);
    if (input === null) {
      focusFirstInvalid();
      return;
    }
    mutation.mutate(input);
  };

  return { values, set, setValues, form, formRef, onSubmit, pending: mutation.isPending, problem };
}
