import { randomBytes } from 'node:crypto';
import { appendAudit, verifyAuditChain, type DbHandle } from '@kntc/db';
import { testDbKind, testServerUrl } from '@kntc/db/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/app.js';
import { openDatabase } from '../src/database.js';
import { parseEnv } from '../src/env.js';

/**
 * The production setup of the README on a real server: the tables' owner migrates, the server runs
 * as a role that owns nothing, and that role can add to and read the audit log but not change it,
 * not even by switching its triggers off.
 */
describe.runIf(testDbKind() === 'postgres')('the application role on PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const [ownerRole, appRole, database] = [`kntc_owner_${suffix}`, `kntc_app_${suffix}`, `kntc_roles_${suffix}`];
  const server = new URL(testServerUrl() ?? 'postgres://localhost');
  const urlAs = (role: string) => {
    const url = new URL(server);
    url.username = role;
    url.password = 'test-password';
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  let handle: DbHandle | undefined;
  let app: postgres.Sql | undefined;

  beforeAll(async () => {
    await admin.unsafe(`create role ${ownerRole} login password 'test-password'`);
    await admin.unsafe(`create role ${appRole} login password 'test-password'`);
    await admin.unsafe(`create database ${database} owner ${ownerRole}`);
    const owner = postgres(urlAs(ownerRole), { max: 1, onnotice: () => {} });
    // What the README asks of the owner once, before the first start.
    await owner.unsafe(`
      grant usage on schema public to ${appRole};
      alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
      alter default privileges in schema public grant usage, select on sequences to ${appRole};`);
    await owner.end();
    const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'off', DATABASE_URL: urlAs(appRole), MIGRATION_DATABASE_URL: urlAs(ownerRole) });
    handle = await openDatabase(env, createLogger(env));
    app = postgres(urlAs(appRole), { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await app?.end();
    await handle?.close();
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.unsafe(`drop role if exists ${appRole}`);
    await admin.unsafe(`drop role if exists ${ownerRole}`);
    await admin.end();
  });

  it('starts with migrations run by the owner, and appends and verifies as the application', async () => {
    if (!handle) throw new Error('no database');
    await appendAudit(handle.db, { at: new Date(), action: 'test.app_role' });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ verified: 1, broken: null });
  });

  it.each([
    ['update audit_log set note = $$x$$', /permission denied for table audit_log/],
    ['delete from audit_log', /permission denied for table audit_log/],
    ['truncate audit_log', /permission denied for table audit_log/],
    ['alter table audit_log disable trigger user', /must be owner of table audit_log/],
    ['set session_replication_role = replica', /permission denied to set parameter/],
  ])('refuses `%s`', async (statement, refusal) => {
    if (!app) throw new Error('no connection');
    await expect(app.unsafe(statement)).rejects.toThrow(refusal);
  });

  it('still lets the application change its other tables', async () => {
    if (!app) throw new Error('no connection');
    const [row] = await app.unsafe(`select has_table_privilege('${appRole}', 'petitions', 'UPDATE') as can_update`);
    expect(row?.can_update).toBe(true);
  });
});
