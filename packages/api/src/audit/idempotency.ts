import {
  canonicalJson,
  claimIdempotencyKey,
  IDEMPOTENCY_KEY_TTL_MS,
  openText,
  pruneIdempotencyKeys,
  releaseIdempotencyKey,
  saveIdempotentResponse,
  seal,
  sha256Hex,
  type Db,
  type VaultKeyring,
} from '@kntc/db';
import { TRPCError } from '@trpc/server';

/** The request header a client sets to make a mutation safe to send again. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** UUIDs and the like; anything longer or stranger is a client bug, refused before it reaches the database. */
const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

export const INVALID_KEY_MESSAGE = 'Khóa chống gửi trùng (Idempotency-Key) không hợp lệ: chỉ gồm chữ không dấu, số và các dấu . _ : -, tối đa 200 ký tự.';
export const BATCHED_KEY_MESSAGE = 'Mỗi khóa chống gửi trùng (Idempotency-Key) chỉ dùng cho một thao tác: hãy gửi riêng từng thao tác.';
export const REUSED_KEY_MESSAGE =
  'Khóa chống gửi trùng (Idempotency-Key) này đã được dùng cho một thao tác khác với nội dung khác, nên thao tác không được thực hiện. Hãy tải lại trang rồi thực hiện lại.';

/**
 * The key of a request, or undefined when it has none. Only a request that carries one mutation
 * may have a key: in a batch, one key for several writes could not say which one it stands for.
 * Queries have no effect to repeat, so their requests ignore it.
 */
export function idempotencyKeyOf(header: string | string[] | undefined, request: { type: string; calls: number }): string | undefined {
  if (header === undefined || request.type !== 'mutation') return undefined;
  const value = Array.isArray(header) ? header : [header];
  const [key] = value;
  if (value.length !== 1 || key === undefined || !KEY_PATTERN.test(key)) throw new TRPCError({ code: 'BAD_REQUEST', message: INVALID_KEY_MESSAGE });
  if (request.calls !== 1) throw new TRPCError({ code: 'BAD_REQUEST', message: BATCHED_KEY_MESSAGE });
  return key;
}

export type IdempotencyScope = { actorId: string; key: string; path: string; inputHash: string };

/** Same key, same official, same procedure and the same input (whatever its key order): the same request. */
export const inputHashOf = (rawInput: unknown) => sha256Hex(canonicalJson(rawInput ?? null));

/** What a retried request gets: the first answer, or a refusal when the key came with another request. */
export type Claimed = { replay: false } | { replay: true; data: unknown };

/** The sealed answer is bound to its official and key: it cannot be moved to another row and opened there. */
const aadOf = (scope: IdempotencyScope) => `idempotency_keys:${scope.actorId}:${scope.key}`;

export async function claim(tx: Db, scope: IdempotencyScope, now: Date, vault: VaultKeyring): Promise<Claimed> {
  const found = await claimIdempotencyKey(tx, { ...scope, now });
  if (found.claimed) return { replay: false };
  if (found.path !== scope.path || found.inputHash !== scope.inputHash) {
    throw new TRPCError({ code: 'UNPROCESSABLE_CONTENT', message: REUSED_KEY_MESSAGE });
  }
  return { replay: true, data: found.response === null ? undefined : JSON.parse(openText(vault, found.response, aadOf(scope))) };
}

/**
 * Past this an answer is a generated file (an export), not a record: keeping megabytes for a day
 * per click costs more than running the export again, which only reads and logs.
 */
export const MAX_STORED_ANSWER_CHARS = 1_000_000;

/**
 * Stores the answer exactly as the HTTP answer serialises it (no transformer), so a replay answers
 * the same bytes; sealed, since an answer may hold what is only ever shown once. An answer too large
 * to keep gives the key up instead: a resend then runs again.
 */
export async function saveResponse(tx: Db, scope: IdempotencyScope, data: unknown, vault: VaultKeyring): Promise<void> {
  const json = JSON.stringify(data) as string | undefined;
  if (json !== undefined && json.length > MAX_STORED_ANSWER_CHARS) return releaseIdempotencyKey(tx, scope);
  const response = json === undefined ? null : seal(vault, json, aadOf(scope));
  await saveIdempotentResponse(tx, { actorId: scope.actorId, key: scope.key, response });
}

/**
 * Expired keys are deleted at most once an hour per database, after a mutation that wrote a key
 * and outside its transaction, so no request waits on a large delete and no background timer is
 * needed. A failed prune is left to the next one: an expired row is already treated as absent.
 */
const lastPruned = new WeakMap<object, number>();
const PRUNE_EVERY_MS = Math.min(60 * 60_000, IDEMPOTENCY_KEY_TTL_MS);

export async function pruneNowAndThen(db: Db, now: Date): Promise<void> {
  const last = lastPruned.get(db);
  if (last !== undefined && Math.abs(now.getTime() - last) < PRUNE_EVERY_MS) return;
  lastPruned.set(db, now.getTime());
  await pruneIdempotencyKeys(db, now).catch(() => undefined);
}
