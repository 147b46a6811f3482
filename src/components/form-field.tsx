import type { ReactNode } from 'react';

/** The attributes that tie a control to its label's field: hint and error read with it, invalid when it is. */
export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; required?: boolean };

type FieldProps = {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** In the user's language; shown under the control and read with it. */
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
  className?: string;
};

/**
 * A labelled form control with its hint and error. Required fields carry a visible asterisk (the
 * form says what it means) and the required attribute, which screen readers announce.
 */
export function Field({ id, label, required = false, hint, error, children, className }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}), ...(required ? { required } : {}) })}
      {error ? (
        <span id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Where a form says that something worked. Always in the page, empty until then: a live region
 * that appears together with its message is not announced by every screen reader.
 */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className="form-status">
      {message}
    </p>
  );
}
