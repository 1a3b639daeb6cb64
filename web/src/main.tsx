import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api';
import { App } from './app';
import { SessionProvider } from './session';
import './styles.css';

const api = createApiClient({ fetch: (input, init) => window.fetch(input, init), readCookies: () => document.cookie });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider api={api} now={Date.now}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
