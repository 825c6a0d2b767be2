import { defineConfig } from 'vitest/config';
import { testDbProjects } from './src/testing/projects.js';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 180_000, projects: testDbProjects() },
});
