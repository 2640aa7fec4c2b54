import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/literata/600.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/feeds.css';
import './styles/reader.css';
import './styles/panes.css';
import './styles/commands.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { queryOf } from './app/list-query';
import { startFirstScreen } from './first-screen';

// Before the first render: the list's request leaves while React builds the page.
startFirstScreen(queryOf({ filter: 'all' }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
