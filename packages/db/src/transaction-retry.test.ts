import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from './client.js';
import { selectRows } from './queries/raw.js';
import { createTestDb, testDbKind } from './testing/index.js';
import { isRetryableTransactionError, retryTransaction } from './transaction-retry.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await handle.db.execute(sql`create table retry_probe (id int primary key, n int not null)`);
  await handle.db.execute(sql`insert into retry_probe values (1, 0), (2, 0)`);
});
afterAll(() => handle.close());

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });
const noSleep = { sleep: async () => {} };

describe('which errors are retried', () => {
  it('serialisation failures and deadlocks, also wrapped by drizzle or tRPC; nothing else', () => {
    expect(isRetryableTransactionError(pgError('40001'))).toBe(true);
    expect(isRetryableTransactionError(pgError('40P01'))).toBe(true);
    expect(isRetryableTransactionError(new Error('query failed', { cause: new Error('x', { cause: pgError('40P01') }) }))).toBe(true);
    expect(isRetryableTransactionError(pgError('23505'))).toBe(false);
    expect(isRetryableTransactionError(new Error('plain'))).toBe(false);
    expect(isRetryableTransactionError('40001')).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isRetryableTransactionError(loop)).toBe(false);
  });
});

describe('retryTransaction', () => {
  it('runs again after a retryable failure and gives up after the bound, rethrowing the last error', async () => {
    const seen: number[] = [];
    const delays: number[] = [];
    const error = await retryTransaction(
      (n) => {
        seen.push(n);
        return Promise.reject(pgError('40001'));
      },
      { attempts: 4, baseDelayMs: 100, maxDelayMs: 300, random: () => 0.999, onRetry: ({ delayMs }) => delays.push(delayMs), ...noSleep },
    ).catch((e: unknown) => e);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect((error as { code: string }).code).toBe('40001');
    // Full jitter below min(max, base · 2ⁿ).
    expect(delays).toEqual([199, 299, 299]);
  });

  it('does not run again after any other error', async () => {
    let runs = 0;
    await expect(
      retryTransaction(() => {
        runs++;
        return Promise.reject(pgError('23505'));
      }, noSleep),
    ).rejects.toThrow('pg 23505');
    expect(runs).toBe(1);
  });

  // PGlite runs one transaction at a time, so only PostgreSQL can deadlock.
  it.runIf(testDbKind() === 'postgres')(
    'lets both transactions of a real deadlock commit once each on PostgreSQL',
    async () => {
      const retried: unknown[] = [];
      let bothLocked: () => void = () => {};
      const barrier = new Promise<void>((resolve) => {
        let locked = 0;
        bothLocked = () => {
          if (++locked === 2) resolve();
        };
      });
      // Each transaction takes one row, waits until the other has taken its row, then asks for the other's: a lock cycle.
      const crossing = (first: number, second: number) =>
        retryTransaction(
          (attempt) =>
            handle.db.transaction(async (tx) => {
              await tx.execute(sql`update retry_probe set n = n + 1 where id = ${first}`);
              if (attempt === 1) {
                bothLocked();
                await barrier;
              }
              await tx.execute(sql`update retry_probe set n = n + 1 where id = ${second}`);
              return attempt;
            }),
          { onRetry: ({ error }) => retried.push(error) },
        );
      const attempts = await Promise.all([crossing(1, 2), crossing(2, 1)]);
      // PostgreSQL chose one victim; it ran a second time and the other needed only one run.
      expect(attempts.sort()).toEqual([1, 2]);
      expect(retried).toHaveLength(1);
      expect(isRetryableTransactionError(retried[0])).toBe(true);
      const rows = await selectRows<{ id: number; n: number }>(handle.db, sql`select id, n from retry_probe order by id`);
      expect(rows.map((r) => Number(r.n))).toEqual([2, 2]);
    },
  );
});
