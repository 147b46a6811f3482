import { act, render, screen } from '@testing-library/react';
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

  it('draws it before printing, wherever it is', () => {
    stubIntersectionObserver();
    render(figure);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('the drawing')).toBeInTheDocument();
  });
});
