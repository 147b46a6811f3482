import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createSession } from '@/features/auth/api/create-session.ts';
import { demoPassword } from '@/lib/demo-data.ts';
import { AppProvider } from '../provider.tsx';
import { createRoutes } from '../router.tsx';
import { followSessionEnd } from '../session.ts';

export type DemoUsername = 'coordinator' | 'head' | 'council' | 'admin';

type RenderOptions = {
  /** Which demo account is signed in when the app opens, through the mock API's sign-in; 'nobody' for no one. */
  as?: DemoUsername | 'nobody';
};

/**
 * The whole app at a URL, as a user would open it, with a fresh cache that never retries; signed
 * in as the demo coordinator unless told otherwise, the way a browser with a session cookie would be.
 */
export async function renderApp(url = '/', { as = 'coordinator' }: RenderOptions = {}) {
  if (as !== 'nobody') await createSession({ username: as, password: demoPassword });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const stopFollowing = followSessionEnd(router, queryClient);
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  const unmount = () => {
    stopFollowing();
    view.unmount();
  };
  return { ...view, unmount, user, router, queryClient };
}
