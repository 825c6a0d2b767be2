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
  // The dev server serves files under the repo through /@fs/; the embedded database and uploads must never be among them.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy, fs: { deny: ['.env', '.env.*', '**/.data/**'] } },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: false },
});
