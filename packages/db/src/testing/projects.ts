// Imported by vitest configs, which Node loads without TypeScript support for workspace packages: keep it import-free.

export const testServerUrl = () => process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** Vitest projects: PGlite always, PostgreSQL too when a server is configured (CI). */
export function testDbProjects() {
  const base = [{ extends: true as const, test: { name: 'pglite', env: { KNTC_TEST_DB: 'pglite' } } }];
  if (!testServerUrl()) return base;
  return [...base, { extends: true as const, test: { name: 'postgres', env: { KNTC_TEST_DB: 'postgres' } } }];
}
