import { roleCodes, roleLabels } from '@kntc/domain';
import type { Db } from '../client.js';
import { ensureAllowanceRates } from '../queries/allowance-rates.js';
import { ensureCatalogues } from '../queries/catalogues.js';
import { ensureLegalClockData } from '../queries/legal-clock.js';
import { ensurePermissionDefaults } from '../queries/permissions.js';
import { roles } from '../schema/users.js';

/** Data every installation needs, demo or not. Safe to run on every start. */
export async function ensureReferenceData(db: Db): Promise<void> {
  await db
    .insert(roles)
    .values(roleCodes.map((code) => ({ code, name: roleLabels[code] })))
    .onConflictDoNothing();
  await ensureLegalClockData(db);
  await ensureCatalogues(db);
  await ensurePermissionDefaults(db);
  await ensureAllowanceRates(db);
}
