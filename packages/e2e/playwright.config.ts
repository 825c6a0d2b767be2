import { defineConfig, devices } from '@playwright/test';
import { ports, urls } from './tests/urls.js';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  // The real system, built and started as `pnpm start` does, on its own ports and a fresh in-memory database.
  webServer: {
    command: 'node ../../scripts/start.mjs',
    url: `${urls.site}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      API_PORT: String(ports.api),
      ADMIN_PORT: String(ports.admin),
      SITE_PORT: String(ports.site),
      PGLITE_DIR: ':memory:',
      // E2E_DATABASE_URL runs the suite on a PostgreSQL database instead (the scale benchmark's letters-list timing).
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      LOGIN_MAX_PER_MINUTE: '60',
      LOG_LEVEL: 'warn',
    },
  },
});
