import { useEffect, useState } from 'react';
import { firstInvalid, formErrorsFrom, noFormErrors, type FormErrors } from './form-errors.ts';

/** The id of a field's control: "user-create" and "name.de" make "user-create-name-de". */
export const controlId = (formId: string, field: string) => `${formId}-${field.replace(/\./g, '-')}`;

/**
 * A form's feedback: which fields are wrong and why (a code each), a problem with the form as a
 * whole, and what worked. After a failed submit, focus goes to the first wrong field, or to the
 * problem; a success is announced by the form's status region.
 */
export function useFormFeedback<F extends string>(formId: string, fields: readonly F[]) {
  const [errors, setErrors] = useState<FormErrors<F>>(noFormErrors);
  const [status, setStatus] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = firstInvalid(fields, errors.fields);
    document.getElementById(first ? controlId(formId, first) : `${formId}-problem`)?.focus();
    // Only a new failed submit moves focus, not every render with errors showing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const fail = (next: FormErrors<F>) => {
    setErrors(next);
    setStatus(null);
    setFocusRequest((n) => n + 1);
  };

  return {
    errors,
    status,
    /** The id for the form's FormProblem, which takes focus when no field is to blame. */
    problemId: `${formId}-problem`,
    id: (field: F) => controlId(formId, field),
    /** Client-side checks found these; nothing was sent. */
    invalid: (fieldErrors: Partial<Record<F, string>>) => fail({ fields: fieldErrors, problem: null }),
    /** The API refused; `conflictField` is the one a 409 is about. */
    refused: (error: unknown, conflictField?: F) => fail(formErrorsFrom(error, fields, conflictField)),
    succeeded: (message: string) => {
      setErrors(noFormErrors);
      setStatus(message);
    },
    /** A new attempt starts: the old success no longer describes the form. */
    reset: () => setStatus(null),
  };
}
