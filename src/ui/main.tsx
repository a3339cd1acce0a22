import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { startApp } from './state/actions';
import './state/preview-actions';
import { savedPresentationMode, setPresentationMode, showLanguage } from './state/preferences';
import { useAppStore } from './state/store';
import './styles.css';

setPresentationMode(savedPresentationMode());
showLanguage(useAppStore.getState().language);
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startApp();
