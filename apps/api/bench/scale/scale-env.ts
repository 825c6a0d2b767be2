/**
 * What seed:scale, bench:scale and soak share: the database they use (never one another helper's
 * tests create) and fixed secrets, so the API the bench starts reads the demo's sealed denouncers
 * and the tracking codes the bench planted. These keys protect nothing real: benchmark data only.
 */
import { todayInVietnam } from '@kntc/domain';

export const scaleDatabaseUrl = process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kntc_scale';
export const scaleSecrets = {
  VAULT_KEY: 'b'.repeat(64),
  TRACKING_SECRET: 'c'.repeat(64),
};

/** `--name value` from argv, or the fallback. */
export function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  return value ?? fallback;
}

export const defaultToday = () => todayInVietnam(new Date());
