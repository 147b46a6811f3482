import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router-dom';
import { LoadingStatus } from '@/components/status-message.tsx';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { nextTask } from '@/lib/next-task.ts';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RootLayout } from './routes/root-layout.tsx';
import { RouteError } from './routes/route-error.tsx';
import type { LazyPage } from './lazy-page.ts';
import { adminLoader, followSessionEnd, requireAdmin, requireSession } from './session.ts';

/**
 * A page loaded when first visited, its loader bound to the query client. Its module is asked for
 * in a task of its own: on the first page, the router matches the URL and starts its navigation in
 * the same task as it is made, and the import (with the links for the page's stylesheets) made
 * that task about a third longer (issue 6).
 */
const lazyPage = (queryClient: QueryClient, load: () => Promise<{ page: LazyPage }>) => async () => {
  await nextTask();
  const { page } = await load();
  return { ...page, loader: page.loader(queryClient) };
};

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingStatus label={t('status.pageLoading')} />;
}

/**
 * The app's routes. Every page's loader fetches through the same query options its component
 * reads, so the page renders with its data in place. The first bundle holds only the shell:
 * every page, the login page included, loads when first visited. Everything but the login page
 * needs a session, and the administration needs an admin; both are checked before any loader runs.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      errorElement: <RouteError />,
      children: [
        {
          path: 'login',
          errorElement: <RouteError />,
          hydrateFallbackElement: <PageLoading />,
          lazy: lazyPage(queryClient, () => import('./routes/login.tsx')),
        },
        {
          // Inside the shell: a page that is loading or failed keeps header, navigation and footer.
          middleware: [requireSession(queryClient)],
          errorElement: <RouteError />,
          hydrateFallbackElement: <PageLoading />,
          children: [
            {
              index: true,
              lazy: lazyPage(queryClient, () => import('./routes/overview.tsx')),
            },
            {
              path: 'areas/:code',
              lazy: lazyPage(queryClient, () => import('./routes/area.tsx')),
            },
            {
              path: 'measures',
              lazy: lazyPage(queryClient, () => import('./routes/measures.tsx')),
            },
            {
              path: 'measures/:code',
              lazy: lazyPage(queryClient, () => import('./routes/measure.tsx')),
            },
            {
              path: 'departments/:id',
              lazy: lazyPage(queryClient, () => import('./routes/department.tsx')),
            },
            {
              path: 'report',
              lazy: lazyPage(queryClient, () => import('./routes/report.tsx')),
            },
            {
              path: 'admin',
              id: 'admin',
              // Here rather than in the lazy modules, so that no admin page's loader asks the API before it.
              middleware: [requireAdmin(queryClient)],
              loader: adminLoader(queryClient),
              lazy: async () => {
                const { AdminLayout } = await import('./routes/admin/admin-pages.ts');
                return { Component: AdminLayout };
              },
              children: [
                { index: true, loader: () => redirect('/admin/users') },
                {
                  path: 'users',
                  lazy: async () => {
                    const { usersLoader, UsersRoute } = await import('./routes/admin/admin-pages.ts');
                    return { loader: usersLoader(queryClient), Component: UsersRoute };
                  },
                },
                {
                  path: 'users/:id',
                  lazy: async () => {
                    const { userLoader, UserRoute } = await import('./routes/admin/admin-pages.ts');
                    return { loader: userLoader(queryClient), Component: UserRoute };
                  },
                },
                {
                  path: 'departments',
                  lazy: async () => {
                    const { departmentsLoader, DepartmentsRoute } = await import('./routes/admin/admin-pages.ts');
                    return { loader: departmentsLoader(queryClient), Component: DepartmentsRoute };
                  },
                },
                {
                  path: 'departments/:id',
                  lazy: async () => {
                    const { departmentLoader, DepartmentRoute } = await import('./routes/admin/admin-pages.ts');
                    return { loader: departmentLoader(queryClient), Component: DepartmentRoute };
                  },
                },
              ],
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(createRoutes(queryClient));
  followSessionEnd(router, queryClient);
  return router;
}
