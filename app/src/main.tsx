import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { SessionProvider } from './auth/session.js';
import { I18nProvider } from './i18n.js';
import { Router } from './router.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <Router>
          <App />
        </Router>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
