import { loadPermissionMatrix, seedDemo, sqlStateOf, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { roleCodes, type RoleCode } from '@kntc/domain';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError, type z } from 'zod';
import { INTERNAL_MESSAGE, INVALID_INPUT_MESSAGE } from './errors.js';
import { appRouter } from './root.js';
import { callerAs, demoUserOf } from './testing/caller.js';
import type { ProcedureMeta } from './trpc.js';

/**
 * Every procedure of the router, called with generated, malformed and near-valid inputs, as an official
 * allowed to call it and as nobody. An answer is a success or a tRPC error other than INTERNAL_SERVER_ERROR
 * whose message (as the client reads it) is plain Vietnamese without stack or SQL; a refused mutation leaves
 * every table as it was.
 */

type Procedure = { _def: { meta?: ProcedureMeta; inputs: z.ZodType[]; type: 'query' | 'mutation' | 'subscription' } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).sort(([a], [b]) => a.localeCompare(b));

// The director first, the system administrator for what only they may do, then whoever else is granted.
const privilegeOrder: RoleCode[] = ['director', 'sysadmin', ...roleCodes.filter((r) => r !== 'director' && r !== 'sysadmin')];

// ---------- Values: the awkward ones a client can send ----------

const hugeString = 'Đ'.repeat(200_000);
const awkwardStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\u200B\uFEFF',
  'Nguyễn Văn An'.normalize('NFD'),
  'Ng­êi d©n',
  'Nguyeãn Vaên',
  "'; drop table petitions; --",
  '%_\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '2026-03-10',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '275760-09-14',
  '2026-13-45',
  '2026-03-10T25:61:00Z',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  hugeString,
  '😀'.repeat(500),
];
const awkwardNumbers = [0, -0, 1, -1, 0.5, 2, 7, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity];

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...awkwardStrings, ...awkwardNumbers, null, undefined, true, false, [], {}, [null], { __proto__: null }, new Date(Number.NaN), new Date(8.64e15)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

// ---------- Near-valid inputs built from each procedure's own zod schema ----------

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

let knownIds: string[] = [];
const uuidArb = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...knownIds) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom(...awkwardStrings) });
const stringArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...awkwardStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom('Nguyễn Văn An', 'Khiếu nại về việc thu hồi đất', 'Thôn 3, xã Đăk Mar', 'complaint', 'agency', '01/TCD', '02/XLD') },
);
const numberArb = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...awkwardNumbers) }, { weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }) }, { weight: 1, arbitrary: fc.double() });

const plainStringArb = fc.constantFrom('Nguyễn Văn An', 'Khiếu nại về việc thu hồi đất', 'Thôn 3, xã Đăk Mar', '2026-03-10', '2026-02-02', 'complaint', 'agency', '01/TCD', 'ghi-chu');

/**
 * Mostly what the schema asks for, sometimes anything at all: the fields a careless or hostile client
 * fills. Clean mode keeps every field plausible, so that enough calls get past the schema into the
 * handlers' reads and writes, where a database error would surface.
 */
function arbitraryFor(schema: unknown, depth = 0, clean = false): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(undefined);
  return clean ? shapedFor(schema, depth, clean) : fc.oneof({ weight: 8, arbitrary: shapedFor(schema, depth, clean) }, { weight: 1, arbitrary: junk });
}

function shapedFor(schema: unknown, depth: number, clean: boolean): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const next = (s: unknown) => arbitraryFor(s, depth + 1, clean);
  switch (def.type) {
    case 'string':
      if ((def as { format?: string }).format === 'uuid' || (def as { format?: string }).format === 'guid') return clean ? fc.constantFrom(...knownIds) : uuidArb();
      return clean ? fc.oneof({ weight: 4, arbitrary: plainStringArb }, { weight: 1, arbitrary: stringArb }) : stringArb;
    case 'number':
    case 'int':
      return clean ? fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 1, arbitrary: numberArb }) : numberArb;
    case 'bigint':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.date({ noInvalidDate: false });
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      if (keys.length === 0) return fc.constant({});
      const record = fc.record(Object.fromEntries(keys.map((k) => [k, next(shape[k])])), { requiredKeys: keys.filter((k) => defOf(shape[k]).type !== 'optional') });
      // Now and then an unknown key, which strict objects refuse.
      return fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, unexpected: 'x' })) });
    }
    case 'array':
      return fc.array(next(def.element), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(next));
    case 'record':
      return fc.dictionary(fc.constantFrom('a', 'director', 'case.read', '1'), next(def.valueType), { maxKeys: 3 });
    case 'union':
    case 'discriminated_union':
      return fc.oneof(...(def.options as unknown[]).map(next));
    case 'intersection':
      return next(def.left);
    case 'optional':
      return fc.oneof({ weight: 3, arbitrary: next(def.innerType) }, { weight: 1, arbitrary: fc.constant(undefined) });
    case 'nullable':
      return fc.oneof({ weight: 3, arbitrary: next(def.innerType) }, { weight: 1, arbitrary: fc.constant(null) });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
      return fc.oneof(next(def.innerType), fc.constant(undefined));
    case 'pipe':
      // A transform's input side is what the client sends.
      return defOf(def.in).type === 'transform' ? next(def.out) : next(def.in);
    case 'lazy':
      return next((def.getter as () => unknown)());
    default:
      return junk;
  }
}

// ---------- The checks ----------

/** What the client reads: the error formatter replaces a schema error's text with one sentence. */
const visibleMessage = (e: TRPCError) => (e.code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_MESSAGE : e.cause instanceof ZodError ? INVALID_INPUT_MESSAGE : e.message);
const LEAK = /\n\s+at |node_modules|\.[jt]s:\d+|\b(select|insert into|update \w+ set|delete from)\b|violates|syntax error|sqlstate|TypeError|ReferenceError|undefined is not|Cannot read prop/i;

type Caller = Awaited<ReturnType<typeof callerAs>>;
const call = (caller: Caller, path: string, input: unknown): Promise<unknown> =>
  (path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>)(input);

let handle: DbHandle;
let tables: string[] = [];
/**
 * Every table's row count and newest row version (the highest xmin: the transaction that last inserted
 * or updated a row there). A refused mutation must leave both as they were in every table, the audit
 * log included: a rolled-back transaction leaves no row version behind, a write outside it would.
 */
async function fingerprint(): Promise<string> {
  const counts = sql.join(
    tables.map((t) => sql`select ${t}::text as t, count(*)::int as n, coalesce(max(xmin::text::bigint), 0)::text as v from ${sql.identifier(t)}`),
    sql` union all `,
  );
  type Row = { t: string; n: number; v: string };
  const result = await handle.db.execute<Row>(counts);
  const rows = (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  return rows.map((r) => `${r.t}=${r.n}@${r.v}`).join(',');
}

const failures: string[] = [];
/** Answers by outcome, printed once: shows the inputs reach the handlers rather than all stopping at the schema. */
const outcomes = new Map<string, number>();
const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
/** Calls once and records what is wrong with the answer; never throws, so one run can collect every bug. */
async function probe(caller: Caller, path: string, type: string, input: unknown, who: string): Promise<void> {
  const before = type === 'mutation' ? await fingerprint() : '';
  let error: unknown;
  try {
    await call(caller, path, input);
    count(`${type} OK`);
    // The detector has teeth: an accepted mutation leaves at least its audit row.
    if (type === 'mutation' && (await fingerprint()) === before) failures.push(`${path} (${who}) succeeded without writing anything, not even its audit row`);
    return;
  } catch (e) {
    error = e;
  }
  const shown = (() => {
    try {
      return JSON.stringify(input)?.slice(0, 300);
    } catch {
      return String(input).slice(0, 300);
    }
  })();
  count(`${type} ${error instanceof TRPCError ? error.code : 'THROWN'}${error instanceof TRPCError && error.cause instanceof ZodError ? ' (schema)' : ''}`);
  if (!(error instanceof TRPCError)) {
    failures.push(`${path} (${who}) threw a non-tRPC error ${String(error)} for ${shown}`);
    return;
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    let root: unknown = error.cause;
    while (root instanceof Error && root.cause instanceof Error) root = root.cause;
    const cause = root instanceof Error ? `${sqlStateOf(error) ?? root.name}: ${root.message}`.slice(0, 300) : String(root);
    failures.push(`${path} (${who}) INTERNAL_SERVER_ERROR <- ${cause} for ${shown}`);
    return;
  }
  const message = visibleMessage(error);
  if (!message.trim() || LEAK.test(message)) failures.push(`${path} (${who}) ${error.code} with an unclear message "${message.slice(0, 200)}" for ${shown}`);
  if (type === 'mutation') {
    const after = await fingerprint();
    if (after !== before) {
      const was = new Set(before.split(','));
      failures.push(`${path} (${who}) refused with ${error.code} but changed ${after.split(',').filter((t) => !was.has(t)).join(', ')} for ${shown}`);
    }
  }
}

const NUM_RUNS = Number(process.env.KNTC_FUZZ_RUNS ?? 25);

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const listed = await handle.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  tables = ((Array.isArray(listed) ? listed : (listed as { rows: { table_name: string }[] }).rows) as { table_name: string }[])
    .map((r) => r.table_name)
    // A wrong current password is counted on purpose even though the call is refused: guessing must be throttled.
    .filter((t) => t !== 'login_throttle');
  // Real ids from the demo data, two from every table keyed by a uuid, so near-valid inputs reach the
  // handlers' reads and writes rather than stopping at "not found".
  const keyed = await handle.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`,
  );
  const keyedTables = ((Array.isArray(keyed) ? keyed : (keyed as { rows: { table_name: string }[] }).rows) as { table_name: string }[]).map((r) => r.table_name);
  const ids = await handle.db.execute<{ id: string }>(sql.join(keyedTables.map((t) => sql`(select id::text from ${sql.identifier(t)} order by id limit 2)`), sql` union all `));
  knownIds = ((Array.isArray(ids) ? ids : (ids as { rows: { id: string }[] }).rows) as { id: string }[]).map((r) => r.id);
}, 240_000);
afterAll(() => handle.close());

describe('fuzzing every procedure', () => {
  it('the router is enumerated and the schema walker understands every input', () => {
    expect(procedures.length).toBeGreaterThan(100);
    // The partial-write check compares every table; an empty list would make it pass vacuously.
    expect(tables.length).toBeGreaterThan(30);
    for (const [path, p] of procedures) for (const input of p._def.inputs) expect(() => fc.sample(arbitraryFor(input), { numRuns: 3, seed: 1 }), path).not.toThrow();
  });

  it(
    'generated, malformed and near-valid inputs get a success or a clear 4xx-class error, never an internal error or a partial write',
    async () => {
      const matrix = await loadPermissionMatrix(handle.db);
      const at = () => new Date('2026-03-10T03:00:00Z');
      const callers = new Map<RoleCode | 'anonymous', Caller>();
      for (const role of privilegeOrder) callers.set(role, await callerAs(handle, demoUserOf[role], { now: at }));
      callers.set('anonymous', await callerAs(handle, null, { now: at }));

      for (const [index, [path, p]] of procedures.entries()) {
        const meta = p._def.meta ?? {};
        const role = meta.public || meta.signedIn ? 'director' : privilegeOrder.find((r) => meta.action && matrix[r][meta.action]);
        const schema = p._def.inputs[0];
        const input = schema
          ? fc.oneof({ weight: 3, arbitrary: arbitraryFor(schema, 0, true) }, { weight: 3, arbitrary: arbitraryFor(schema) }, { weight: 1, arbitrary: junk })
          : junk;
        const who = role ? [role, 'anonymous'] : ['anonymous'];
        for (const name of who) {
          const caller = callers.get(name as RoleCode | 'anonymous');
          if (!caller) continue;
          // Anonymous calls stop at the sign-in check unless the procedure is public: a few runs show that.
          const runs = name === 'anonymous' && !meta.public ? 2 : NUM_RUNS;
          await fc.assert(
            fc.asyncProperty(input, async (value) => {
              await probe(caller, path, p._def.type, value, name);
            }),
            { seed: Number(process.env.KNTC_FUZZ_SEED ?? 11_000) + index, numRuns: runs },
          );
        }
      }
      console.info([...outcomes].sort().map(([k, n]) => `${k}: ${n}`).join(', '));
      expect(failures).toEqual([]);
    },
    1_800_000,
  );
});
