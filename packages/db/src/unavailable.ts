import { errorCodesOf } from './error-codes.js';

/**
 * Whether an error means the database could not be reached or went away (stopped, restarting,
 * failing over, out of connection slots), as opposed to a query that failed. Such a failure is
 * the server's 503, not a 500: nothing is wrong with the request, and postgres.js connects again
 * by itself on the next query once the server is back.
 */

/** SQLSTATEs of a server that is shutting down, starting up or refusing connections. */
const unavailableStates = new Set(['57P01', '57P02', '57P03', '53300']);

/** postgres.js's own codes for a connection it lost or could not open. */
const driverCodes = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);

/** Node's socket errors on the way to the server. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** Class 08 is "connection exception" as a whole. */
const isUnavailableCode = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || unavailableStates.has(code) || driverCodes.has(code) || socketCodes.has(code);

/** Looks through ORM and driver wrappers and Node's AggregateError of a multi-address connect. */
export const isDatabaseUnavailable = (error: unknown): boolean => errorCodesOf(error).some(isUnavailableCode);
