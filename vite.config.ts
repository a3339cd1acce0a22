import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The app and its worker are both ES modules. Generated dataset assets live in
 * public/data (built by `npm run data`, never committed) and are served as is.
 */
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
