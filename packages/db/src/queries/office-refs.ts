import { DomainError } from '@kntc/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { units } from '../schema/organisation.js';
import { petitions } from '../schema/petitions.js';
import { users } from '../schema/users.js';

/**
 * Checks that ids picked in an office form name records of the caller's agency: another agency's
 * unit or official is refused on its field like an unknown one, so nothing reveals that it exists.
 */
export async function assertUnitsOfAgency(tx: Db, agencyId: string, unitIds: readonly string[], field: string): Promise<void> {
  const wanted = [...new Set(unitIds)];
  if (wanted.length === 0) return;
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), inArray(units.id, wanted)));
  if (found.length !== wanted.length) throw new DomainError('VALIDATION', 'Đơn vị đã chọn không thuộc cơ quan.', { [field]: 'Hãy chọn đơn vị trong danh sách.' });
}

export async function assertOfficialOfAgency(tx: Db, agencyId: string, userId: string, field: string, options: { mustBeActive?: boolean } = {}): Promise<{ fullName: string }> {
  const [row] = await tx
    .select({ fullName: users.fullName, isActive: users.isActive })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, userId)));
  if (!row) throw new DomainError('VALIDATION', 'Cán bộ đã chọn không thuộc cơ quan.', { [field]: 'Hãy chọn cán bộ trong danh sách.' });
  if (options.mustBeActive && !row.isActive) throw new DomainError('VALIDATION', 'Cán bộ đã chọn không còn công tác.', { [field]: 'Cán bộ này đã nghỉ công tác.' });
  return { fullName: row.fullName };
}

export async function assertOfficialsOfAgency(tx: Db, agencyId: string, userIds: readonly string[], field: string): Promise<void> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return;
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), inArray(users.id, wanted)));
  if (found.length !== wanted.length) throw new DomainError('VALIDATION', 'Cán bộ đã chọn không thuộc cơ quan.', { [field]: 'Hãy chọn cán bộ trong danh sách.' });
}

/** The letter or case a disciplinary record refers to must be the agency's. */
export async function assertCaseFileOfAgency(tx: Db, agencyId: string, ref: { petitionId: string | null; caseId: string | null }): Promise<void> {
  if (ref.petitionId !== null) {
    const [row] = await tx
      .select({ id: petitions.id })
      .from(petitions)
      .where(and(eq(petitions.agencyId, agencyId), eq(petitions.id, ref.petitionId)));
    if (!row) throw new DomainError('VALIDATION', 'Không tìm thấy đơn liên quan.', { petitionId: 'Không tìm thấy đơn này.' });
  }
  if (ref.caseId !== null) {
    const [row] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.agencyId, agencyId), eq(cases.id, ref.caseId)));
    if (!row) throw new DomainError('VALIDATION', 'Không tìm thấy vụ việc liên quan.', { caseId: 'Không tìm thấy vụ việc này.' });
  }
}

/** Names of the agency's units by id, for records that show them. */
export async function unitNamesById(db: Db, agencyId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.agencyId, agencyId));
  return new Map(rows.map((r) => [r.id, r.name]));
}
