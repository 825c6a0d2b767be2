import type { Db, DbKind, SessionUser } from '@kntc/db';

/** Built per request by the HTTP host; the database is injected, never imported. */
export type Context = {
  db: Db;
  dbKind: DbKind;
  user: SessionUser | null;
  requestId: string;
  ipAddress: string | undefined;
  now: () => Date;
  /** Server-side secrets that never reach the database (issue 5 adds the identity vault key here). */
  secrets: { tracking: Buffer };
};
