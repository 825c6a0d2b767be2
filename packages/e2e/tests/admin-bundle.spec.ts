import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/admin/dist/assets');

// The production bundle a browser downloads must not contain server code (trpc/trpc#3712, create-t3-app#2221).
test('the admin bundle contains no server code', () => {
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const code = files.map((f) => readFileSync(path.join(dist, f), 'utf8')).join('\n');
  // Strings each server library carries in its code: PGlite, postgres.js (its SCRAM login), argon2, drizzle, tRPC's server init.
  for (const marker of ['pglite', 'SCRAM-SHA-256', 'argon2', 'DrizzleError', 'initTRPC', 'fastify']) {
    expect(code, marker).not.toContain(marker);
  }
});
