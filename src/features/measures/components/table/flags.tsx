import type { ReactNode } from 'react';

/** A warning said in words, with its own shape; the colour only repeats both (WCAG 1.4.1). */
function Flag({ icon, children, tone }: { icon: ReactNode; children: string; tone: 'stale' | 'overdue' }) {
  return (
    <span className={`badge badge--warning measures-table__flag measures-table__flag--${tone}`}>
      <svg className="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
        {icon}
      </svg>{' '}
      <span className="badge__label">{children}</span>
    </span>
  );
}

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** No progress update for longer than the plan's reporting interval: an hourglass. `label` says so in words. */
export function StaleFlag({ label }: { label: string }) {
  return (
    <Flag tone="stale" icon={<path d="M4 1.5h8M4 14.5h8M5 1.5c0 4 6 4 6 6.5S5 10.5 5 14.5M11 1.5c0 4-6 4-6 6.5s6 2.5 6 6.5" {...line} />}>
      {label}
    </Flag>
  );
}

/** The target date has passed: a calendar with an exclamation mark. `label` says so in words. */
export function OverdueFlag({ label }: { label: string }) {
  return (
    <Flag
      tone="overdue"
      icon={
        <>
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" {...line} />
          <path d="M1.5 6h13M8 8.2v3" {...line} />
          <circle cx="8" cy="13" r="0.4" {...line} />
        </>
      }
    >
      {label}
    </Flag>
  );
}
