import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoadingStatus } from '@/components/status-message.tsx';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { NotFoundRoute } from './routes/not-found.tsx';
import { OverviewRoute, overviewLoader } from './routes/overview.tsx';
import { RootLayout } from './routes/root-layout.tsx';
import { RouteError } from './routes/route-error.tsx';

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingStatus label={t('status.pageLoading')} />;
}

/**
 * The app's routes. Every page's loader fetches through the same query options its component
 * reads, so the page renders with its data in place. Only the overview is in the first bundle;
 * the other pages load when first visited.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      errorElement: <RouteError />,
      children: [
        {
          // Inside the shell: a page that is loading or failed keeps header, navigation and footer.
          errorElement: <RouteError />,
          hydrateFallbackElement: <PageLoading />,
          children: [
            { index: true, loader: overviewLoader(queryClient), Component: OverviewRoute },
            {
              path: 'areas/:code',
              lazy: async () => {
                const { areaLoader, AreaRoute } = await import('./routes/area.tsx');
                return { loader: areaLoader(queryClient), Component: AreaRoute };
              },
            },
            {
              path: 'measures',
              lazy: async () => {
                const { measuresLoader, MeasuresRoute } = await import('./routes/measures.tsx');
                return { loader: measuresLoader(queryClient), Component: MeasuresRoute };
              },
            },
            {
              path: 'measures/:code',
              lazy: async () => {
                const { measureLoader, MeasureRoute } = await import('./routes/measure.tsx');
                return { loader: measureLoader(queryClient), Component: MeasureRoute };
              },
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}

export const createAppRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));
