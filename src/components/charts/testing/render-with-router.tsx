import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router-dom';

function MeasuresPage() {
  const location = useLocation();
  return <h1>{`Maßnahmen ${location.pathname}${location.search}`}</h1>;
}

/** A chart (or the dashboard) on a page of its own, with a stand-in for the measures table its figures lead to. */
export function renderWithRouter(page: ReactElement) {
  const router = createMemoryRouter(
    [
      { path: '/', element: page },
      { path: '/measures', element: <MeasuresPage /> },
      { path: '/measures/:code', element: <MeasuresPage /> },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  /** Where the app is now, as a link would show it: path and query. */
  const location = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, user, router, location };
}
