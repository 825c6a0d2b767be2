import { schema, type DbHandle } from '@kntc/db';
import { createTestDb, testVaultKeyring } from '@kntc/db/testing';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim, idempotencyKeyOf, MAX_STORED_ANSWER_CHARS, saveResponse, type IdempotencyScope } from './idempotency.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

const scope = (overrides: Partial<IdempotencyScope> = {}): IdempotencyScope => ({
  actorId: randomUUID(),
  key: randomUUID(),
  path: 'petitions.create',
  inputHash: 'a'.repeat(64),
  ...overrides,
});
const now = new Date('2026-11-30T03:00:00Z');
const rowsOf = (key: string) => handle.db.select().from(schema.idempotencyKeys).where(eq(schema.idempotencyKeys.key, key));

describe('the stored answer', () => {
  it('comes back as it was stored, sealed in the table and bound to its row', async () => {
    const s = scope();
    const answer = { id: 'x', receiptNumber: '7/2026', trackingCode: 'KNTC-SECRET-CODE' };
    await handle.db.transaction(async (tx) => {
      expect(await claim(tx, s, now, testVaultKeyring)).toEqual({ replay: false });
      await saveResponse(tx, s, answer, testVaultKeyring);
    });
    const [row] = await rowsOf(s.key);
    expect(row?.response?.toString('latin1')).not.toContain('KNTC-SECRET-CODE');
    expect(await handle.db.transaction((tx) => claim(tx, s, now, testVaultKeyring))).toEqual({ replay: true, data: answer });
    // The same sealed bytes under another official's row do not open.
    const thief = scope({ key: s.key });
    await handle.db.insert(schema.idempotencyKeys).values({ ...thief, response: row?.response ?? null, createdAt: now });
    await expect(handle.db.transaction((tx) => claim(tx, thief, now, testVaultKeyring))).rejects.toThrow();
  });

  it('refuses the key with another input or procedure (422) and gives an answer too large to keep up', async () => {
    const s = scope();
    await handle.db.transaction(async (tx) => {
      await claim(tx, s, now, testVaultKeyring);
      await saveResponse(tx, s, undefined, testVaultKeyring);
    });
    for (const other of [scope({ ...s, inputHash: 'b'.repeat(64) }), scope({ ...s, path: 'petitions.register' })]) {
      const error = await handle.db.transaction((tx) => claim(tx, other, now, testVaultKeyring)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('UNPROCESSABLE_CONTENT');
    }
    const big = scope();
    await handle.db.transaction(async (tx) => {
      await claim(tx, big, now, testVaultKeyring);
      await saveResponse(tx, big, { base64: 'A'.repeat(MAX_STORED_ANSWER_CHARS) }, testVaultKeyring);
    });
    expect(await rowsOf(big.key)).toEqual([]);
  });
});

describe('idempotencyKeyOf', () => {
  it('reads a mutation’s key, ignores queries, refuses malformed keys and batches of several calls', () => {
    expect(idempotencyKeyOf(undefined, { type: 'mutation', calls: 1 })).toBeUndefined();
    expect(idempotencyKeyOf('5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11', { type: 'mutation', calls: 1 })).toBe('5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11');
    expect(idempotencyKeyOf('khóa', { type: 'query', calls: 3 })).toBeUndefined();
    for (const bad of ['', 'co khoang trang', 'khóa', 'a'.repeat(201), ['a', 'b']]) {
      expect(() => idempotencyKeyOf(bad, { type: 'mutation', calls: 1 })).toThrow(/không hợp lệ/);
    }
    expect(() => idempotencyKeyOf('k', { type: 'mutation', calls: 2 })).toThrow(/một thao tác/);
  });
});
