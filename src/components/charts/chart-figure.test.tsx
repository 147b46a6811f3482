import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFigure } from './chart-figure.tsx';

/** An IntersectionObserver the test moves: `scrollNear()` tells every observer its element is near the window. */
function stubIntersectionObserver() {
  const callbacks: IntersectionObserverCallback[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: IntersectionObserverCallback) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return {
    scrollNear: () =>
      act(() => {
        for (const callback of callbacks) callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
      }),
  };
}

const figure = (
  <ChartFigure
    title="Fortschritt je Handlungsfeld"
    summary="Balkendiagramm."
    plot={<p>the drawing</p>}
    table={(caption) => (
      <table>
        <caption>{caption}</caption>
      </table>
    )}
    isEmpty={false}
    plotHeight={200}
  />
);

describe('ChartFigure', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('draws its chart only once it comes near the window, keeping the room for it meanwhile', () => {
    const observer = stubIntersectionObserver();
    render(figure);
    const plot = screen.getByRole('img', { name: 'Balkendiagramm.' });
    expect(plot).toHaveStyle({ minHeight: '200px' });
    expect(plot).toHaveTextContent('Diagramm wird geladen');
    expect(screen.queryByText('the drawing')).not.toBeInTheDocument();

    observer.scrollNear();
    expect(screen.getByText('the drawing')).toBeInTheDocument();
  });

  it('builds its table only when asked for', async () => {
    const user = userEvent.setup();
    stubIntersectionObserver();
    const { container } = render(figure);
    expect(container.querySelector('table')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(screen.getByRole('table', { name: 'Fortschritt je Handlungsfeld' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Tabelle ausblenden' }));
    expect(container.querySelector('table')).toBeNull();
  });

  it('draws it and builds its table before printing, wherever it is, within the print event itself', () => {
    stubIntersectionObserver();
    const { container } = render(figure);
    // No act(): the browser lays the page out for paper right after the event, so the update must not wait.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('the drawing')).toBeInTheDocument();
    expect(container.querySelector('table caption')).toHaveTextContent('Fortschritt je Handlungsfeld');
    // Printed once, the table stays (hidden on screen, shown on paper by the print style sheet).
    window.dispatchEvent(new Event('afterprint'));
    expect(container.querySelector('table')).not.toBeNull();
  });
});
