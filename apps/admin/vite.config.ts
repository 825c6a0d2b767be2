import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The admin talks to the API through its own origin, so the session cookie stays
// first-party and same-site; the proxy plays the role of the production reverse proxy.
const apiTarget = process.env.KNTC_API_URL ?? 'http://127.0.0.1:3000';
const proxy = {
  '/trpc': { target: apiTarget },
  '/api': { target: apiTarget },
};

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: false },
});
