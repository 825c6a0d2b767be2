import postgres from 'postgres';

/**
 * Drops and recreates the database `url` names, through the server's `postgres` database. Refuses a
 * name outside `allowed`: a benchmark's URL must never be able to drop someone's real database.
 */
export async function freshDatabase(url: string, allowed = /^[a-z_][a-z0-9_]*$/) {
  const name = new URL(url).pathname.slice(1);
  if (!allowed.test(name)) throw new Error(`refusing to drop and recreate the database "${name}" (allowed: ${String(allowed)})`);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
}
