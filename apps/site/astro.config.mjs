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
  prefetch: false,
});
