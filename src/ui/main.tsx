import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { startApp } from './state/actions';
import './state/preview-actions';
import { savedPresentationMode, setPresentationMode } from './state/preferences';
import './styles.css';

setPresentationMode(savedPresentationMode());
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startApp();
