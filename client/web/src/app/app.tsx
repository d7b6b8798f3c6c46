import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { NotFound } from '../components/states';
import { createApolloClient } from './apollo';
import { RouteError } from './route-error';
import { pageRoutes } from './routes';
import { SessionGate, tokenRefused } from './session';
import { Shell } from './shell';

const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      {
        // Errors thrown by a page render inside the frame, so search and navigation stay usable.
        errorElement: <RouteError />,
        children: [
          ...pageRoutes.map((route) => (route.path === '' ? { index: true, lazy: route.lazy } : { path: route.path, lazy: route.lazy })),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  const [client] = useState(() => createApolloClient({ onUnauthenticated: tokenRefused }));
  return (
    <ApolloProvider client={client}>
      <SessionGate>
        <RouterProvider router={router} />
      </SessionGate>
    </ApolloProvider>
  );
}
