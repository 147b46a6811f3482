import { useEffect, useState } from 'react';
import type { ValidationIssue } from '@/contract/common.ts';
import { isApiError } from '@/lib/api-client.ts';
import { formErrorsFrom, type FormProblem } from '@/lib/form-errors.ts';
import { editingDe } from '@/lib/i18n/locales/editing.de.ts';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';

/** The id of a field's control: "update" and "activities.3.1.2.weight" make "update-activities-3-1-2-weight". */
export const controlIdOf = (formId: string, field: string) => `${formId}-${field.replace(/\./g, '-')}`;

type Errors = { fields: Record<string, string>; problem: FormProblem | null };
const none: Errors = { fields: {}, problem: null };

const issuesOf = (details: unknown): ValidationIssue[] =>
  Array.isArray(details) ? details.filter((d): d is ValidationIssue => typeof d === 'object' && d !== null && 'path' in d && 'code' in d) : [];

/**
 * A form's errors: a reason code per field (the server's 422 issues, placed by `fieldOf`, or the
 * form's own checks) and a problem with the whole. After a failure focus goes to the first field
 * in the form's order that has one, or to the problem.
 */
export function useEditFeedback(formId: string, order: readonly string[]) {
  const [errors, setErrors] = useState<Errors>(none);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = order.find((field) => errors.fields[field] !== undefined);
    document.getElementById(first ? controlIdOf(formId, first) : `${formId}-problem`)?.focus();
    // Only a new failure moves focus, not every render with errors showing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const fail = (next: Errors) => {
    setErrors(next);
    setFocusRequest((n) => n + 1);
  };

  return {
    errors,
    problemId: `${formId}-problem`,
    id: (field: string) => controlIdOf(formId, field),
    error: (field: string) => errors.fields[field],
    /** The form's own checks found these; nothing was sent. */
    invalid: (fields: Record<string, string>) => fail({ fields, problem: null }),
    /** The API refused. A 422's issues go to the fields `fieldOf` places them on (by body path, e.g. "body.progress"). */
    refused: (error: unknown, fieldOf: (path: string) => string | undefined) => {
      if (isApiError(error) && (error.status === 422 || error.status === 400)) {
        const fields: Record<string, string> = {};
        for (const issue of issuesOf(error.details)) {
          const field = fieldOf(issue.path);
          if (field !== undefined && fields[field] === undefined) fields[field] = issue.code;
        }
        return fail({ fields, problem: Object.keys(fields).length > 0 ? null : 'invalid' });
      }
      return fail({ fields: {}, problem: formErrorsFrom(error, []).problem });
    },
    clear: () => setErrors(none),
  };
}

const hasKey = <T extends object>(words: T, key: string): key is Extract<keyof T, string> => key in words;

const generalIssues = (({ progress: _p, narrative: _n, weight: _w, name: _name, ...general }) => general)(editingDe.issue);

/** A reason code in the user's language, worded for the field where that helps ("at most 100 %"). */
export function useIssueMessage() {
  const { t } = useEditingTranslation();
  return (field: string, code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    const kind = field.split('.').at(-1);
    const { issue } = editingDe;
    if (kind === 'progress' && hasKey(issue.progress, code)) return t(`issue.progress.${code}`);
    if (kind === 'narrative' && hasKey(issue.narrative, code)) return t(`issue.narrative.${code}`);
    if (kind === 'weight' && hasKey(issue.weight, code)) return t(`issue.weight.${code}`);
    if (kind === 'name' && hasKey(issue.name, code)) return t(`issue.name.${code}`);
    return hasKey(generalIssues, code) ? t(`issue.${code}`) : t('issue.other');
  };
}
