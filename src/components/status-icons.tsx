import type { ReactNode } from 'react';
import type { Health, Phase } from '@/contract/common.ts';

/**
 * One shape per status, so a status reads without colour (WCAG 1.4.1): the icons only repeat
 * the text next to them and are hidden from assistive technology.
 */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
const knockout = { ...stroke, stroke: 'var(--badge-bg, #fff)' } as const;

const checkCircle = (
  <Icon>
    <circle cx="8" cy="8" r="7" fill="currentColor" />
    <path d="M4.6 8.3l2.2 2.2 4.6-4.8" {...knockout} />
  </Icon>
);

export const phaseIcons: Record<Phase, ReactNode> = {
  not_started: (
    <Icon>
      <circle cx="8" cy="8" r="6" {...stroke} />
    </Icon>
  ),
  planned: (
    <Icon>
      <circle cx="8" cy="8" r="6" {...stroke} strokeDasharray="2.6 2.1" strokeLinecap="butt" />
    </Icon>
  ),
  in_progress: (
    <Icon>
      <circle cx="8" cy="8" r="6" {...stroke} />
      <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
    </Icon>
  ),
  ongoing: (
    <Icon>
      <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" {...stroke} />
      <path d="M13.6 1.6v4.2H9.4z" fill="currentColor" />
    </Icon>
  ),
  completed: checkCircle,
  on_hold: (
    <Icon>
      <rect x="3.5" y="2.5" width="3" height="11" rx="1" fill="currentColor" />
      <rect x="9.5" y="2.5" width="3" height="11" rx="1" fill="currentColor" />
    </Icon>
  ),
  discontinued: (
    <Icon>
      <circle cx="8" cy="8" r="6" {...stroke} />
      <path d="M3.8 12.2l8.4-8.4" {...stroke} />
    </Icon>
  ),
};

export const healthIcons: Record<Health | 'none', ReactNode> = {
  on_track: checkCircle,
  at_risk: (
    <Icon>
      <path d="M8 1.2l7.2 13.3H.8z" fill="currentColor" strokeLinejoin="round" />
      <path d="M8 6v3.8" {...knockout} />
      <circle cx="8" cy="12.2" r="1" fill="var(--badge-bg, #fff)" />
    </Icon>
  ),
  off_track: (
    <Icon>
      <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
      <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" {...knockout} />
    </Icon>
  ),
  none: (
    <Icon>
      <path d="M3.5 8h9" {...stroke} />
    </Icon>
  ),
};
