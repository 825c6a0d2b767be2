import { defineConfig } from 'vitest/config';

// Unit tests cover pure helpers only; user journeys run in a real browser (packages/e2e).
export default defineConfig({ test: { include: ['src/**/*.test.ts'], environment: 'node' } });
