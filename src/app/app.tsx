import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { AppProvider } from './provider.tsx';
import type { createAppRouter } from './router.tsx';

type AppProps = {
  queryClient: QueryClient;
  /** Made before the first render (src/main.tsx), so that matching the URL and starting its loaders is not part of it. */
  router: ReturnType<typeof createAppRouter>;
};

export function App({ queryClient, router }: AppProps) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
