import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar.tsx';

describe('ProgressBar', () => {
  it('is a named progress bar whose figure is also written out', () => {
    render(<ProgressBar value={40} label="Fortschritt Maßnahme 3.1" />);

    const bar = screen.getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    // German writes a (non-breaking) space before the percent sign.
    expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(/^40\s%$/));
    expect(screen.getByText(/^40\s%$/)).toBeVisible();
  });
});
