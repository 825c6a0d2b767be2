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
  try {
    await app.close();
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
