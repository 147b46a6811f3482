import { useLocale } from '@/lib/i18n/use-locale.ts';

type ProgressBarProps = {
  /** Whole percentage, 0–100. */
  value: number;
  /** Accessible name, e.g. "Fortschritt Maßnahme 3.1". */
  label: string;
  size?: 'regular' | 'large';
};

/** Progress as a bar and as a figure; the figure is the bar's accessible value, so it is read once. */
export function ProgressBar({ value, label, size = 'regular' }: ProgressBarProps) {
  const { formatPercent } = useLocale();
  const clamped = Math.min(100, Math.max(0, value));
  const text = formatPercent(clamped);
  return (
    <span className={`progress progress--${size}`}>
      <span
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
      >
        <span className="progress__fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="progress__value" aria-hidden="true">
        {text}
      </span>
    </span>
  );
}
