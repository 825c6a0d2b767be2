import type { FastifyRequest } from 'fastify';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Env } from './env.js';

/**
 * What the logs must never hold (ASVS 16.2.5, OWASP logging cheat sheet): passwords, session
 * tokens and cookies, authenticator codes and secrets, and the personal data of citizens and
 * denouncers. Request bodies are never logged; these paths catch the same fields wherever else
 * code might pass them to a log call, one or two levels deep.
 */
const SENSITIVE_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'temporaryPassword',
  'passwordHash',
  'totpCode',
  'totpSecret',
  'secret',
  'token',
  'fullName',
  'idNumber',
  'phone',
  'address',
  'email',
  // tRPC inputs, whatever they hold.
  'input',
];

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((f) => `*.${f}`),
  ...SENSITIVE_FIELDS.map((f) => `*.*.${f}`),
];

/**
 * tRPC queries travel as `?input=<JSON>` (a search for a citizen's name, an ID number): the path
 * says which procedure ran, the query string is left out.
 */
export const urlForLog = (url: string): string => {
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?…`;
};

function requestForLog(req: FastifyRequest) {
  return { method: req.method, url: urlForLog(req.url), remoteAddress: req.ip };
}

type LoggedError = { type: string; message: string; stack?: string; code?: string; constraint?: string; table?: string; cause?: LoggedError };

const SQLSTATE = /^[0-9A-Z]{5}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Database errors carry the values of the failed statement: drizzle puts every parameter in the
 * message ("params: …"), PostgreSQL quotes the offending value and repeats the row in `detail`.
 * Only the statement text (with placeholders), the SQLSTATE and the constraint are kept.
 */
export function errorForLog(error: unknown, depth = 0): LoggedError | undefined {
  if (!(error instanceof Error) || depth > 4) return undefined;
  const fields = error as Error & Record<string, unknown>;
  let message = error.message;
  if (typeof fields.query === 'string' && 'params' in fields) message = `Failed query: ${fields.query}`;
  else if (typeof fields.code === 'string' && SQLSTATE.test(fields.code)) message = message.replace(/"[^"]*"/g, '"…"');
  const header = `${error.name}: ${error.message}`;
  const stack = error.stack?.startsWith(header) ? `${error.name}: ${message}${error.stack.slice(header.length)}` : undefined;
  const out: LoggedError = { type: error.name, message };
  if (stack) out.stack = stack;
  if (typeof fields.code === 'string') out.code = fields.code;
  const constraint = fields.constraint ?? fields.constraint_name;
  if (typeof constraint === 'string') out.constraint = constraint;
  const table = fields.table ?? fields.table_name;
  if (typeof table === 'string') out.table = table;
  const cause = isRecord(fields) ? errorForLog(fields.cause, depth + 1) : undefined;
  if (cause) out.cause = cause;
  return out;
}

export function createLogger(env: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options = {
    level: env.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: '[đã ẩn]' },
    // Fastify adopts these for its request logs in place of its own, which log the full URL.
    serializers: { req: requestForLog, err: errorForLog },
  };
  return destination ? pino(options, destination) : pino(options);
}
