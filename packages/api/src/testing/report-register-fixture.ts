import { schema, selectRows, type Db } from '@kntc/db';
import { shiftDate, type Classification, type EligibilityCondition, type IsoDate, type PetitionKind, type PetitionStatus } from '@kntc/domain';
import { sql } from 'drizzle-orm';

/*
 * Register lines around report year 2026 that the demo seed lacks: letters carried over from 2025,
 * on every period boundary, split, merged as duplicates, destroyed, classified with every round and
 * failed condition, in every field; visits of every kind, mode, group and repeat; sessions held,
 * cancelled and authorised. Deterministic (a fixed seed), so a failing reconciliation reproduces.
 */

/** The days where a wrong comparison (< for <=) would move a record across a 2026 period boundary. */
const BOUNDARIES: readonly IsoDate[] = [
  '2025-11-30', '2025-12-14', '2025-12-15', '2025-12-16', '2026-03-14', '2026-03-15',
  '2026-06-14', '2026-06-15', '2026-09-14', '2026-09-15', '2026-12-14', '2026-12-15',
];
const RANGE_FROM = '2025-09-01';
const RANGE_DAYS = 480;

const letterStatuses: readonly PetitionStatus[] = [
  'registered', 'classified', 'pending_approval', 'accepted', 'accepted', 'accepted', 'not_accepted', 'guided', 'guided', 'transferred',
  'transferred', 'returned', 'urged', 'archived', 'escalated', 'management_check', 'duplicate', 'draft',
];
const handledStatuses: readonly PetitionStatus[] = ['accepted', 'not_accepted', 'guided', 'transferred', 'returned', 'urged', 'archived', 'escalated', 'management_check'];
const fieldCodes: readonly (string | null)[] = [
  null, 'hanh_chinh.che_do_chinh_sach', 'hanh_chinh.dat_dai_nha_cua', 'hanh_chinh.cong_chuc_vien_chuc', 'hanh_chinh.ky_luat', 'hanh_chinh.khac',
  'tu_phap', 'dang_doan_the', 'tham_nhung', 'khac', 'ma.khong.co.trong.danh.muc',
];
const failures: readonly EligibilityCondition[][] = [[], [], [], ['not_before_court'], ['within_time_limit'], ['signed', 'dated']];

/** mulberry32, as the demo seed uses: the same numbers on every machine. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, pick, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}
type Random = ReturnType<typeof createRandom>;

const someDay = (random: Random): IsoDate => (random.next() < 0.3 ? random.pick(BOUNDARIES) : shiftDate(RANGE_FROM, random.int(0, RANGE_DAYS)));

function classificationOf(random: Random, kind: PetitionKind): Classification | null {
  if (random.next() < 0.3) return null;
  return {
    kind,
    competence: random.next() < 0.6 ? 'within' : 'outside',
    failedConditions: random.pick(failures),
    isAnonymous: false,
    hasVerifiableEvidence: false,
    hasSignsOfCrime: false,
    isOverdueAtLowerBody: false,
    complaintRound: random.next() < 0.35 ? 'second' : 'first',
  };
}

export interface ReportFixtureCounts {
  letters: number;
  visits: number;
  sessions: number;
}

/** Adds the edge-case register lines to `agencyId` (the demo agency, seeded first). */
export async function seedReportEdgeCases(db: Db, agencyId: string, seed = 20261130): Promise<ReportFixtureCounts> {
  const random = createRandom(seed);
  const [sender] = await selectRows<{ id: string }>(db, sql`select id from persons order by id limit 1`);
  const [officer] = await selectRows<{ id: string }>(db, sql`select id from users where username = 'tiepdan'`);
  if (!sender || !officer) throw new Error('seed the demo first');

  const letters: (typeof schema.petitions.$inferInsert)[] = [];
  for (let i = 0; i < 260; i++) {
    const kind: PetitionKind = random.next() < 0.75 ? 'complaint' : random.pick(['denunciation', 'recommendation', 'mixed'] as const);
    const receivedDate = someDay(random);
    const status = random.pick(letterStatuses);
    const isDestroyed = handledStatuses.includes(status) && random.next() < 0.1;
    // Handled the same day, on a boundary or weeks later: each moves the letter between stages.
    const handledDate = handledStatuses.includes(status) ? (random.next() < 0.2 ? receivedDate : shiftDate(receivedDate, random.int(0, 150))) : null;
    letters.push({
      agencyId,
      receiptYear: status === 'draft' ? null : Number(receivedDate.slice(0, 4)),
      receiptSeq: status === 'draft' ? null : 5000 + i,
      receivedDate,
      channel: 'post',
      kind,
      status,
      senderId: sender.id,
      summary: `Đơn kiểm tra báo cáo ${String(i)}`,
      content: 'Nội dung đơn dùng để đối chiếu số liệu báo cáo.',
      fieldCode: random.pick(fieldCodes),
      classification: isDestroyed ? null : classificationOf(random, kind),
      handledDate,
      handledDueDate: handledDate,
      destroyedAt: isDestroyed ? new Date('2026-10-01T03:00:00Z') : null,
      destructionRef: isDestroyed ? '01/QĐ-SNV' : null,
      searchText: `don kiem tra bao cao ${String(i)}`,
    });
  }
  const inserted = await db.insert(schema.petitions).values(letters).returning({ id: schema.petitions.id, receiptSeq: schema.petitions.receiptSeq });

  // Split letters: the parent ("split") is not counted, its items are, each with its own outcome.
  const parents = inserted.filter((_, i) => letters[i]?.status === 'registered' && letters[i]?.kind === 'complaint').slice(0, 6);
  for (const parent of parents) {
    const row = letters[inserted.indexOf(parent)];
    if (!row) continue;
    await db.execute(sql`update petitions set status = 'split', status_before_split = 'registered' where id = ${parent.id}`);
    const items = [1, 2].map((splitIndex) => {
      const status = random.pick(letterStatuses.filter((s) => s !== 'draft' && s !== 'duplicate'));
      const handledDate = handledStatuses.includes(status) ? shiftDate(row.receivedDate, random.int(0, 90)) : null;
      const kind = splitIndex === 1 ? ('complaint' as const) : random.pick(['complaint', 'denunciation'] as const);
      return {
        ...row,
        kind,
        status,
        splitFromId: parent.id,
        splitIndex,
        classification: classificationOf(random, kind),
        handledDate,
        handledDueDate: handledDate,
      };
    });
    await db.insert(schema.petitions).values(items);
  }
  // A duplicate points at the letter it repeats, which carries the handling.
  const repeated = inserted[0];
  if (repeated) await db.execute(sql`update petitions set duplicate_of_id = ${repeated.id}, status_before_duplicate = 'registered' where agency_id = ${agencyId} and status = 'duplicate'`);

  const visits: (typeof schema.receptionVisits.$inferInsert)[] = [];
  for (let i = 0; i < 180; i++) {
    const visitDate = someDay(random);
    const kind = random.pick(['regular', 'regular', 'periodic', 'ad_hoc'] as const);
    const isGroup = random.next() < 0.25;
    visits.push({
      agencyId,
      visitYear: Number(visitDate.slice(0, 4)),
      visitSeq: 5000 + i,
      visitDate,
      kind,
      mode: 'in_person',
      place: 'Trụ sở tiếp công dân',
      receivingOfficialId: officer.id,
      // Older lines of periodic visits may lack the mode; the report takes them as the head's own.
      headReception: kind === 'regular' ? null : random.pick(['in_person', 'authorised', null] as const),
      headcount: isGroup ? random.int(5, 40) : random.int(1, 4),
      isGroup,
      isRepeat: random.next() < 0.3,
      matterKind: random.pick(['complaint', 'denunciation', 'recommendation', 'reflection'] as const),
      summary: `Lượt tiếp kiểm tra báo cáo ${String(i)}`,
      content: 'Nội dung tiếp dùng để đối chiếu số liệu báo cáo.',
      request: 'Đề nghị xem xét',
      outcome: 'explained',
      replyDueDate: shiftDate(visitDate, 14),
      replyRuleVersion: 'test',
      searchText: `luot tiep kiem tra bao cao ${String(i)}`,
    });
  }
  await db.insert(schema.receptionVisits).values(visits);

  const sessions: (typeof schema.receptionSessions.$inferInsert)[] = [];
  for (let i = 0; i < 60; i++) {
    const isCancelled = random.next() < 0.2;
    sessions.push({
      agencyId,
      date: someDay(random),
      startTime: '07:30',
      endTime: '11:00',
      place: 'Phòng Tiếp công dân',
      hostName: 'Trần Quốc Bảo',
      hostTitle: 'Giám đốc Sở Nội vụ',
      hostMode: random.pick(['in_person', 'in_person', 'authorised'] as const),
      kind: random.pick(['periodic', 'ad_hoc'] as const),
      cancelledAt: isCancelled ? new Date('2025-09-01T03:00:00Z') : null,
      cancelReason: isCancelled ? 'Giám đốc đi công tác đột xuất.' : null,
    });
  }
  await db.insert(schema.receptionSessions).values(sessions);
  return { letters: letters.length + parents.length * 2, visits: visits.length, sessions: sessions.length };
}
