/**
 * The floor app: what any page built on React, react-router and TanStack Query costs at the least.
 * One route whose loader fetches a tiny list through the query client, as the app's pages do.
 */
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';

type Item = { id: number; name: string };

const itemsQuery = queryOptions({
  queryKey: ['items'],
  queryFn: async (): Promise<Item[]> => {
    const response = await fetch('/items.json');
    if (!response.ok) throw new Error(`GET /items.json: ${response.status}`);
    return (await response.json()) as Item[];
  },
});

function ItemsPage() {
  const { data: items } = useSuspenseQuery(itemsQuery);
  return (
    <main>
      <h1>Floor</h1>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    </main>
  );
}

const queryClient = new QueryClient();
const router = createBrowserRouter([{ path: '/', loader: () => queryClient.ensureQueryData(itemsQuery), Component: ItemsPage }]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
