import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createLogger, errorForLog, urlForLog } from './logger.js';

const CANARY = 'Nguyễn Văn Canary 079123456789';

describe('log hygiene', () => {
  it('drops the query string of URLs (tRPC inputs) but keeps the path', () => {
    expect(urlForLog(`/trpc/petitions.list?input=${encodeURIComponent(CANARY)}`)).toBe('/trpc/petitions.list?…');
    expect(urlForLog('/healthz')).toBe('/healthz');
  });

  it('keeps the statement and SQLSTATE of a database error, never its parameters, quoted values or detail', () => {
    const pg = Object.assign(new Error(`invalid input syntax for type uuid: "${CANARY}"`), {
      code: '22P02',
      detail: `Key (id_number)=(${CANARY}) already exists.`,
      constraint: 'persons_id_number_key',
    });
    const wrapped = new DrizzleQueryError('insert into "persons" ("full_name") values ($1)', [CANARY], pg);
    const logged = errorForLog(wrapped);
    expect(JSON.stringify(logged)).not.toContain('079123456789');
    expect(JSON.stringify(logged)).not.toContain('Canary');
    expect(logged).toMatchObject({
      message: 'Failed query: insert into "persons" ("full_name") values ($1)',
      cause: { code: '22P02', constraint: 'persons_id_number_key', message: 'invalid input syntax for type uuid: "…"' },
    });
    expect(logged?.stack).toMatch(/^Error: Failed query: insert/);
  });

  it('redacts passwords, tokens, codes and identity fields passed to a log call, one or two levels deep', () => {
    const lines: string[] = [];
    const logger = createLogger({ LOG_LEVEL: 'info' }, { write: (line: string) => void lines.push(line) });
    logger.info({ password: 'p1-secret', body: { newPassword: 'p2-secret', totpCode: '123456' }, sender: { fullName: CANARY, idNumber: '079123456789' } }, 'x');
    logger.info({ deep: { person: { phone: '0905123456', email: 'a@b.vn', address: '12 Lê Lợi' } }, input: { q: CANARY } }, 'y');
    const text = lines.join('\n');
    for (const secret of ['p1-secret', 'p2-secret', '123456', CANARY, '079123456789', '0905123456', 'a@b.vn', 'Lê Lợi']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[đã ẩn]');
  });
});
