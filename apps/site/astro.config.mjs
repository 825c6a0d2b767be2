// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Every page is rendered on request from the API's `public` router, so a publication
// approved in the back office shows without a rebuild.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Defaults only: the built server reads HOST and PORT from the environment at start.
  server: { host: '127.0.0.1', port: 4321 },
  // One cacheable stylesheet instead of inline <style>, so the CSP can forbid inline code.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Astro's check compares Origin with a request URL that the node adapter builds as
  // "http://localhost" unless the public host is fixed at build time, so it refused every real
  // post of /tra-cuu. src/middleware.ts checks the origin instead, against SITE_URL and Host.
  security: { checkOrigin: false },
  prefetch: false,
});
