import type { ReactNode } from 'react';

type CheckboxGroupProps = {
  /** The first box's id: where focus goes when the group has an error. */
  id: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
};

/** Several choices under one label (a fieldset with its legend), with its error read with every box. */
export function CheckboxGroup({ id, label, options, value, onChange, error, hint }: CheckboxGroupProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`field field--wide choice-group${error ? ' field--invalid' : ''}`}>
      <legend>{label}</legend>
      {hint ? <span className="field__hint">{hint}</span> : null}
      <div className="choice-group__options">
        {options.map((option, index) => (
          <label key={option.value}>
            <input
              type="checkbox"
              id={index === 0 ? id : undefined}
              checked={value.includes(option.value)}
              aria-describedby={errorId}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <span id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
