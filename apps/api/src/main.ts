import v8 from 'node:v8';
import { buildApp, createLogger } from './app.js';
import { openDatabase } from './database.js';
import { parseEnv } from './env.js';
import { loadSecrets } from './secrets.js';

// Under 10 concurrent requests V8 let the heap grow to about four times what was live before
// collecting it: resident memory peaked at 310-390 MB at any data size, nearly all of it garbage.
// Growing by at most half keeps the peak at 210-240 MB for the same CPU per request (docs/operations.md).
// V8 reads this at every collection, so it applies however the server is started; a
// `--heap-growing-percent` on the command line wins.
if (!process.execArgv.some((flag) => flag.startsWith('--heap-growing-percent'))) v8.setFlagsFromString('--heap-growing-percent=50');

const env = parseEnv();
const logger = createLogger(env);
const secrets = loadSecrets(env, logger);
const handle = await openDatabase(env, logger, secrets);
const app = await buildApp(handle, env, logger, secrets);

let closing = false;
/** Stop accepting, let in-flight requests finish, then close the database cleanly. */
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down');
  // A request stuck on a lock or a hung client must not keep the process from ever exiting: the
  // process manager would otherwise wait for it or kill it without closing the database.
  setTimeout(() => {
    logger.error({ timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS }, 'shutdown timed out: exiting with requests still in flight');
    process.exit(1);
  }, env.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
  // app.close() closes the connections idle at that moment; a keep-alive connection whose request
  // finishes later would hold the close open until its keep-alive timeout (72 s), so each one is
  // closed as soon as its last response has gone out.
  const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
  try {
    await app.close();
    clearInterval(closeIdle);
    await handle.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: env.HOST, port: env.PORT });
