import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { devHeaders, inlineScripts, previewHeaders } from './src/security-headers';

// The admin talks to the API through its own origin, so the session cookie stays
// first-party and same-site; the proxy plays the role of the production reverse proxy.
const apiTarget = process.env.KNTC_API_URL ?? 'http://127.0.0.1:3000';
const proxy = {
  '/trpc': { target: apiTarget },
  '/api': { target: apiTarget },
};

/** The CSP forbids inline scripts: a build that would emit one fails here rather than breaking in the browser. */
const noInlineScripts: Plugin = {
  name: 'kntc-no-inline-scripts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const found = inlineScripts(html);
      if (found.length > 0) throw new Error(`index.html would contain inline scripts, which the CSP blocks: ${found.join(' ')}`);
      return html;
    },
  },
};

export default defineConfig({
  plugins: [react(), noInlineScripts],
  // The dev server serves files under the repo through /@fs/; the embedded database and uploads must never be among them.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy, headers: devHeaders, fs: { deny: ['.env', '.env.*', '**/.data/**'] } },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy, headers: previewHeaders },
  build: { outDir: 'dist', sourcemap: false },
});
