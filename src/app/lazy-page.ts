import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, ShouldRevalidateFunction } from 'react-router-dom';

/**
 * What a page's module gives the router when the page is first visited. One name per module
 * (`page`) rather than a loader and a component by name each keeps the first page's script,
 * which names every lazy page, small.
 */
export type LazyPage = {
  loader: (queryClient: QueryClient) => LoaderFunction;
  Component: ComponentType;
  shouldRevalidate?: ShouldRevalidateFunction;
};
