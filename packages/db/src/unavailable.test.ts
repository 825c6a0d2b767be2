import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (code: string, cause?: unknown) => Object.assign(new Error(code, { cause }), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a server that is down, shutting down or refusing connections, through wrappers', () => {
    for (const code of ['ECONNREFUSED', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', '57P01', '57P03', '08006', '08001', '53300']) {
      // As drizzle wraps the driver's error in its own "Failed query" error.
      expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: withCode(code) })), code).toBe(true);
    }
    // Node reports a connection refused on every address of a name as one AggregateError.
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')], 'connect'))).toBe(true);
  });

  it('leaves failed queries and programming errors to be what they are', () => {
    for (const code of ['23505', '40001', '42P01', '22P02', 'ERR_INVALID_ARG_TYPE']) {
      expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode(code) })), code).toBe(false);
    }
    expect(isDatabaseUnavailable(new Error('plain'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    const loop: Error & { cause?: unknown } = new Error('loop');
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
