import { buildApp, createLogger } from './app.js';
import { openDatabase } from './database.js';
import { parseEnv } from './env.js';
import { loadSecrets } from './secrets.js';

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
