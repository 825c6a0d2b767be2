/** Ports apart from a developer's running system, so tests never touch it. */
export const ports = { api: 3100, admin: 5174, site: 4322 } as const;
export const urls = {
  api: `http://127.0.0.1:${ports.api}`,
  admin: `http://127.0.0.1:${ports.admin}`,
  site: `http://127.0.0.1:${ports.site}`,
} as const;
export const DEMO_PASSWORD = 'kntc-demo-2026';
