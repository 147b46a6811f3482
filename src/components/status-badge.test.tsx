import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n.ts';
import { HealthBadge, PhaseBadge } from './status-badge.tsx';

describe('StatusBadge', () => {
  it('says the phase in words, with an icon only as a visual extra', () => {
    const { container } = render(<PhaseBadge phase="ongoing" />);

    expect(screen.getByText('Daueraufgabe')).toBeVisible();
    expect(container).toHaveTextContent('Phase: Daueraufgabe');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says the health in words: a red badge alone would tell a colour-blind reader nothing', () => {
    const { container } = render(
      <>
        <HealthBadge health="on_track" />
        <HealthBadge health="at_risk" />
        <HealthBadge health="off_track" />
      </>,
    );

    expect(container).toHaveTextContent('Ampel: Im PlanAmpel: GefährdetAmpel: Kritisch');
  });

  it('says "not applicable" in words where a measure has no health, rather than showing nothing', () => {
    render(<HealthBadge health={null} withKind={false} />);

    expect(screen.getByText('Entfällt')).toBeVisible();
  });

  it('speaks the current language, and follows a switch while shown', async () => {
    await i18n.changeLanguage('en');
    render(
      <>
        <PhaseBadge phase="on_hold" />
        <HealthBadge health="at_risk" />
      </>,
    );
    expect(screen.getByText('On hold')).toBeVisible();
    expect(screen.getByText('At risk')).toBeVisible();

    // The words are looked up once per language: a switch must still reach badges already shown.
    await act(() => i18n.changeLanguage('de'));
    expect(screen.getByText('Pausiert')).toBeVisible();
    expect(screen.getByText('Gefährdet')).toBeVisible();
    expect(screen.getAllByText(/^(Phase|Ampel):$/)).toHaveLength(2);
  });
});
