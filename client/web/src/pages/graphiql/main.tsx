import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnalystIde } from './analyst-ide';

// GraphiQL is a page of its own (graphiql.html, served at /graphiql): its editor (Monaco) is
// several megabytes and styles itself with <style> elements, so it stays out of the app's
// bundle and gets its own, slightly wider, style policy from the server.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AnalystIde />
  </StrictMode>,
);
