import {
  foldVietnamese,
  isIdentityProtected,
  isPetitionHandled,
  processingRuleFor,
  maskSignersText,
  pseudonym,
  shiftDate,
  slugify,
  todayInVietnam,
  type PetitionChannel,
  type PetitionKind,
  type PetitionSender,
  type PetitionStatus,
  type RoleCode,
} from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../client.js';
import { clearPersonColumns } from '../queries/persons.js';
import { idNumberDigest, protectedPersonColumns } from '../queries/identities.js';
import { computeDeadline, loadCalendar, loadDeadlineRules, type Clock } from '../queries/legal-clock.js';
import { minimumPostedUntilFor, publishDueFor } from '../queries/publication-posting.js';
import { petitionSearchText, processingDeadline, RECEIPT_SERIES } from '../queries/petitions.js';
import { counters } from '../schema/counters.js';
import { agencies, units } from '../schema/organisation.js';
import { persons } from '../schema/persons.js';
import { petitions } from '../schema/petitions.js';
import { publications } from '../schema/publications.js';
import { timelineEvents } from '../schema/timeline.js';
import { users } from '../schema/users.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoOffice } from './demo-office.js';
import { seedDemoPlan2024 } from './demo-plan-2024.js';
import { seedDemoPlan2026 } from './demo-plan-2026.js';
import { seedDemoReception } from './demo-reception.js';
import { seedDemoVisits } from './demo-visits.js';
import * as words from './demo-vocabulary.js';
import { fieldOfComplaintTopic, fieldOfDenunciationAct, fieldOfRecommendationTopic } from './demo-fields.js';
import { createRandom, stableUuid, type Random } from './random.js';
import { ensureReferenceData } from './reference.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { testVaultKeyring } from '../vault/test-keys.js';

/** Shown in the README; exists only in demo installations (users.is_demo). */
export const DEMO_PASSWORD = 'kntc-demo-2026';

export const DEMO_AGENCY_ID = stableUuid('agency');

const unitSeeds = [
  { key: 'leadership', code: 'BGD', name: 'Ban Giám đốc', kind: 'leadership', handlesComplaints: false },
  { key: 'inspection', code: 'TTS', name: 'Thanh tra Sở', kind: 'inspection', handlesComplaints: true },
  { key: 'admin', code: 'VP', name: 'Phòng Hành chính - Tổng hợp', kind: 'admin_office', handlesComplaints: false },
  { key: 'organisation', code: 'TCBC', name: 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', kind: 'subordinate', handlesComplaints: false },
  { key: 'civil-service', code: 'CCVC', name: 'Phòng Công chức, viên chức', kind: 'subordinate', handlesComplaints: false },
  { key: 'emulation', code: 'BTDKT', name: 'Ban Thi đua - Khen thưởng', kind: 'subordinate', handlesComplaints: false },
  { key: 'religion', code: 'BTG', name: 'Ban Tôn giáo', kind: 'subordinate', handlesComplaints: false },
  { key: 'archives', code: 'CCVTLT', name: 'Chi cục Văn thư - Lưu trữ', kind: 'subordinate', handlesComplaints: false },
] as const;

export const demoUsers: readonly { username: string; fullName: string; position: string; role: RoleCode; unit: (typeof unitSeeds)[number]['key'] }[] = [
  { username: 'giamdoc', fullName: 'Trần Quốc Bảo', position: 'Giám đốc', role: 'director', unit: 'leadership' },
  { username: 'phogiamdoc', fullName: 'Lê Thị Minh Hằng', position: 'Phó Giám đốc', role: 'deputy_director', unit: 'leadership' },
  { username: 'chanhthanhtra', fullName: 'Phạm Văn Dũng', position: 'Chánh Thanh tra', role: 'unit_head', unit: 'inspection' },
  { username: 'thanhtravien', fullName: 'Nguyễn Thị Thu Trang', position: 'Thanh tra viên', role: 'inspector', unit: 'inspection' },
  { username: 'tiepdan', fullName: 'Y Blưu Niê', position: 'Chuyên viên tiếp công dân', role: 'reception_officer', unit: 'inspection' },
  { username: 'vanthu', fullName: 'Đỗ Thị Hoa', position: 'Chuyên viên Phòng Hành chính - Tổng hợp', role: 'admin_clerk', unit: 'admin' },
  { username: 'quantri', fullName: 'Hồ Minh Khoa', position: 'Quản trị hệ thống', role: 'sysadmin', unit: 'admin' },
  { username: 'kiemtra', fullName: 'Vũ Ngọc Lan', position: 'Kiểm tra viên', role: 'auditor', unit: 'inspection' },
];

export type SeedSummary = { agencies: number; users: number; petitions: number; publications: number };

const PETITION_COUNT = 200;
const FIRST_DAY = Date.UTC(2024, 0, 2);
const LAST_DAY = Date.UTC(2026, 10, 27);

/**
 * A deterministic demo department. Every row has a stable id and is inserted with
 * ON CONFLICT DO NOTHING, so seeding twice changes nothing.
 *
 * Demo denouncers are sealed in the identity vault like real ones, with the installation's key;
 * without one (tests), with the public test keyring.
 */
export async function seedDemo(db: Db, options: { vault?: VaultKeyring } = {}): Promise<SeedSummary> {
  const vault = options.vault ?? testVaultKeyring;
  await ensureReferenceData(db);
  const random = createRandom(20240101);
  const unitId = (key: string) => stableUuid(`unit:${key}`);
  const demoPetitions = numberReceipts(Array.from({ length: PETITION_COUNT }, (_, i) => makePetition(random, i))).map((p) => protectDemoSender(p, vault));
  const existingUsers = new Set(
    (await db.select({ username: users.username }).from(users)).map((u) => u.username),
  );
  const passwordHash = existingUsers.size < demoUsers.length ? await hashPassword(DEMO_PASSWORD) : '';
  const clock = { rules: await loadDeadlineRules(db), calendar: await loadCalendar(db, 2024, 2027) };

  await db.transaction(async (tx) => {
    await tx
      .insert(agencies)
      .values({
        id: DEMO_AGENCY_ID,
        code: 'SNV-KT',
        name: 'Sở Nội vụ tỉnh Kon Tum',
        shortName: 'SNV',
        province: 'Kon Tum',
        documentPlace: 'Kon Tum',
        headerParentName: 'UBND TỈNH KON TUM',
        headerName: 'SỞ NỘI VỤ',
        textName: 'Sở Nội vụ',
        headTitle: 'Giám đốc Sở Nội vụ',
        inspectorateName: 'Thanh tra tỉnh',
      })
      .onConflictDoNothing();
    await tx
      .insert(units)
      .values(unitSeeds.map(({ key, ...u }) => ({ ...u, id: unitId(key), agencyId: DEMO_AGENCY_ID })))
      .onConflictDoNothing();
    const newUsers = demoUsers.filter((u) => !existingUsers.has(u.username));
    if (newUsers.length > 0) {
      await tx
        .insert(users)
        .values(
          newUsers.map((u) => ({
            id: stableUuid(`user:${u.username}`),
            agencyId: DEMO_AGENCY_ID,
            unitId: unitId(u.unit),
            username: u.username,
            fullName: u.fullName,
            position: u.position,
            roleCode: u.role,
            passwordHash,
            isDemo: true,
          })),
        )
        .onConflictDoNothing();
    }
    await tx
      .insert(persons)
      .values(demoPetitions.map((p) => ({ id: p.senderId, agencyId: DEMO_AGENCY_ID, ...p.person })))
      .onConflictDoNothing();
    await tx
      .insert(petitions)
      .values(
        demoPetitions.map(({ person, ...p }) => ({
          ...p,
          ...processingDeadline(clock, p),
          ...demoHandling(clock, p),
          agencyId: DEMO_AGENCY_ID,
          searchText: petitionSearchText({ ...p, sender: person }, p.receiptSeq ? `${p.receiptSeq}/${p.receiptYear}` : null),
          summaryKey: foldVietnamese(p.summary),
        })),
      )
      .onConflictDoNothing();
    const lastSeq = new Map<number, number>();
    for (const p of demoPetitions) {
      if (p.receiptYear && p.receiptSeq) lastSeq.set(p.receiptYear, Math.max(lastSeq.get(p.receiptYear) ?? 0, p.receiptSeq));
    }
    for (const [year, value] of lastSeq) {
      await tx
        .insert(counters)
        .values({ agencyId: DEMO_AGENCY_ID, series: RECEIPT_SERIES, year, value })
        .onConflictDoUpdate({
          target: [counters.agencyId, counters.series, counters.year],
          set: { value: sql`greatest(${counters.value}, ${value})` },
        });
    }
    await tx.insert(publications).values(demoPublications(clock)).onConflictDoNothing();
    // When each archived letter was filed away: the retention period (TT 07/2014 Đ28) runs from it.
    const archived = demoPetitions.filter((p) => p.status === 'archived');
    if (archived.length > 0) {
      await tx
        .insert(timelineEvents)
        .values(
          archived.map((p) => ({
            id: stableUuid(`timeline:archive:${p.id}`),
            agencyId: DEMO_AGENCY_ID,
            subjectType: 'petition' as const,
            subjectId: p.id,
            action: 'approve',
            fromState: 'pending_approval',
            toState: 'archived',
            actorId: stableUuid('user:chanhthanhtra'),
            at: new Date(`${demoHandling(clock, p).handledDate ?? shiftDate(p.receivedDate, 10)}T03:00:00Z`),
          })),
        )
        .onConflictDoNothing();
    }
    await seedDemoCases(tx, {
      agencyId: DEMO_AGENCY_ID,
      assigneeId: stableUuid('user:thanhtravien'),
      letters: demoPetitions.filter((p) => p.status === 'accepted'),
      clock,
      signer: { id: stableUuid('user:giamdoc'), name: 'Trần Quốc Bảo', title: 'GIÁM ĐỐC' },
    });
    await seedDemoReception(tx, { agencyId: DEMO_AGENCY_ID, hostUserId: stableUuid('user:giamdoc') });
    await seedDemoVisits(tx, { agencyId: DEMO_AGENCY_ID, officerId: stableUuid('user:tiepdan'), vault });
    // The plan first: trainings name the plan item they implement.
    const officeRefs = { agencyId: DEMO_AGENCY_ID, unitId, userId: (username: string) => stableUuid(`user:${username}`) };
    await seedDemoPlan2024(tx, officeRefs);
    await seedDemoPlan2026(tx, officeRefs);
    await seedDemoOffice(tx, { ...officeRefs, today: todayInVietnam() });
  });
  return { agencies: 1, users: demoUsers.length, petitions: demoPetitions.length, publications: demoPublications(clock).length };
}

/**
 * When a handled demo letter left the queue and the deadline it had then, as the workflow records
 * them: ten days after arrival (the day the archive timeline shows), one letter in eight late.
 */
function demoHandling(clock: Clock, p: { id: string; kind: PetitionKind; status: PetitionStatus; receivedDate: string }) {
  if (!isPetitionHandled(p.status)) return {};
  const due = computeDeadline(clock, processingRuleFor(p.kind), p.receivedDate).due;
  const late = Number.parseInt(p.id.slice(-2), 16) % 8 === 0;
  const handled = late ? shiftDate(due, 2) : shiftDate(p.receivedDate, 10);
  const today = todayInVietnam();
  return { handledDate: handled < today ? handled : today, handledDueDate: due };
}

/**
 * The person row of a demo letter's sender: a denouncer (and the sender of a letter that includes
 * a denunciation) is sealed under "Người tố cáo A"; the text keeps only the pseudonym.
 */
function protectDemoSender<T extends { senderId: string; sender: PetitionSender; kind: PetitionKind; summary: string; content: string }>(p: T, vault: VaultKeyring) {
  const { sender, ...rest } = p;
  if (!isIdentityProtected(p.kind, p.kind === 'mixed')) return { ...rest, person: clearPersonColumns(sender, idNumberDigest(vault, sender.idNumber)) };
  return {
    ...rest,
    summary: maskSignersText(p.summary, p.kind, [sender]),
    content: maskSignersText(p.content, p.kind, [sender]),
    person: { ...protectedPersonColumns(vault, p.senderId, sender, pseudonym(p.kind, 0)) },
  };
}

/** Older letters have been handled; the last weeks' letters are still in the queue. */
function demoStatus(random: Random, receivedDate: string): PetitionStatus {
  if (receivedDate >= '2026-11-02') return random.weighted<PetitionStatus>([['registered', 3], ['classified', 1]]);
  if (receivedDate >= '2026-10-15') return random.weighted<PetitionStatus>([['registered', 1], ['classified', 1], ['accepted', 2], ['guided', 2]]);
  return random.weighted<PetitionStatus>([
    ['accepted', 30],
    ['guided', 25],
    ['transferred', 20],
    ['archived', 10],
    ['returned', 5],
    ['not_accepted', 10],
  ]);
}

function workingDay(random: Random): string {
  for (;;) {
    const day = new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / 86_400_000) * 86_400_000);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) return day.toISOString().slice(0, 10);
  }
}

function personName(random: Random) {
  return `${random.pick(words.surnames)} ${random.pick(words.middleNames)} ${random.pick(words.givenNames)}`;
}

function makeSender(random: Random): PetitionSender {
  const hasId = random.next() < 0.7;
  return {
    fullName: personName(random),
    address: `${random.int(1, 250)} ${random.pick(words.streets)}, ${random.pick(words.places)}, tỉnh Kon Tum`,
    idNumber: hasId ? `062${random.int(0, 1)}${String(random.int(0, 99_999_999)).padStart(8, '0')}` : null,
    phone: random.next() < 0.6 ? `09${String(random.int(0, 99_999_999)).padStart(8, '0')}` : null,
    email: null,
  };
}

function makeContent(random: Random, kind: PetitionKind) {
  const org = random.pick(words.organisations);
  switch (kind) {
    case 'complaint': {
      const topic = random.pick(words.complaintTopics);
      const number = random.int(10, 480);
      return {
        fieldCode: fieldOfComplaintTopic[topic],
        summary: `Khiếu nại ${topic}`,
        content: `Tôi khiếu nại Quyết định số ${number}/QĐ-SNV của ${org} về ${topic}. Quyết định này ảnh hưởng trực tiếp đến quyền và lợi ích hợp pháp của tôi. Đề nghị Giám đốc Sở Nội vụ xem xét, hủy bỏ quyết định và giải quyết theo đúng quy định của pháp luật.`,
      };
    }
    case 'denunciation': {
      const act = random.pick(words.denunciationActs);
      return {
        fieldCode: fieldOfDenunciationAct[act],
        summary: `Tố cáo ${random.pick(words.positions).toLowerCase()} ${org} ${act}`,
        content: `Tôi tố cáo ông ${personName(random)}, ${random.pick(words.positions)} ${org}, có hành vi ${act}. Kèm theo đơn là các tài liệu, chứng cứ có liên quan. Đề nghị cơ quan có thẩm quyền xác minh, xử lý nghiêm theo quy định và giữ bí mật thông tin người tố cáo.`,
      };
    }
    case 'recommendation': {
      const topic = random.pick(words.recommendationTopics);
      return {
        fieldCode: fieldOfRecommendationTopic[topic],
        summary: topic.charAt(0).toUpperCase() + topic.slice(1),
        content: `Kính gửi Sở Nội vụ tỉnh Kon Tum. Tôi xin ${topic} tại ${org}. Kính mong Sở xem xét, trả lời để tôi được biết.`,
      };
    }
    case 'mixed': {
      const topic = random.pick(words.complaintTopics);
      const act = random.pick(words.denunciationActs);
      return {
        // A letter with several contents is filed under its complaint's field.
        fieldCode: fieldOfComplaintTopic[topic],
        summary: `Khiếu nại ${topic} và tố cáo cán bộ ${org}`,
        content: `Đơn gồm hai nội dung: (1) khiếu nại ${topic}; (2) tố cáo cán bộ ${org} có hành vi ${act}. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết từng nội dung.`,
      };
    }
  }
}

function makePetition(random: Random, index: number) {
  const kind = random.weighted<PetitionKind>([
    ['complaint', 45],
    ['denunciation', 20],
    ['recommendation', 30],
    ['mixed', 5],
  ]);
  const channel = random.weighted<PetitionChannel>([
    ['walk_in', 30],
    ['post', 35],
    ['transferred', 20],
    ['deputy', 5],
    ['online', 10],
  ]);
  const receivedDate = workingDay(random);
  const status = index % 40 === 39 ? 'draft' : demoStatus(random, receivedDate);
  const forwarded = channel === 'transferred' || channel === 'deputy';
  return {
    id: stableUuid(`petition:${index}`),
    senderId: stableUuid(`person:${index}`),
    sender: makeSender(random),
    receivedDate,
    channel,
    kind,
    status,
    signerCount: random.next() < 0.08 ? random.int(5, 30) : 1,
    ...makeContent(random, kind),
    forwardingAgency: forwarded
      ? channel === 'deputy'
        ? 'Đoàn Đại biểu Quốc hội tỉnh Kon Tum'
        : random.pick(['Thanh tra tỉnh Kon Tum', 'Văn phòng UBND tỉnh Kon Tum', 'Ban Tiếp công dân tỉnh'])
      : null,
    forwardingDocNumber: forwarded ? `${random.int(100, 3999)}/CV-${channel === 'deputy' ? 'ĐĐBQH' : 'TTr'}` : null,
    receiptYear: null as number | null,
    receiptSeq: null as number | null,
  };
}

// Receipt numbers follow the order letters arrived in, per year, as in a paper register.
function numberReceipts<T extends { receivedDate: string; status: string; receiptYear: number | null; receiptSeq: number | null; id: string }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.id.localeCompare(b.id));
  const seqByYear = new Map<number, number>();
  for (const item of sorted) {
    if (item.status === 'draft') continue;
    const year = Number(item.receivedDate.slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    item.receiptYear = year;
    item.receiptSeq = seq;
  }
  return items;
}

/**
 * Publications from before redaction records, over two years and both kinds, with their dates as
 * the pipeline would have set them: publish-by from the signing date, posting from the day they
 * went up for the legal minimum. One was taken down early with its reason; the older ones' posting
 * period is over (archived), so the public site's filters have something to show.
 */
function demoPublications(clock: Clock) {
  const items = [
    {
      key: 'kl-2025-01',
      kind: 'denunciation_conclusion' as const,
      title: 'Kết luận nội dung tố cáo đối với Phó Trưởng phòng Công chức, viên chức',
      summary: 'Kết luận việc tố cáo vi phạm quy định trong xét tuyển viên chức năm 2024: tố cáo đúng một phần.',
      documentNumber: '12/KL-SNV',
      signedDate: '2025-03-14',
      publishedAt: new Date('2025-03-20T02:00:00Z'),
      fieldCode: 'hanh_chinh.cong_chuc_vien_chuc',
    },
    {
      key: 'qd-2025-07',
      kind: 'complaint_decision' as const,
      title: 'Quyết định giải quyết khiếu nại lần hai về kết quả xét tuyển viên chức giáo dục',
      summary: 'Giữ nguyên quyết định giải quyết khiếu nại lần đầu; bác nội dung khiếu nại.',
      documentNumber: '245/QĐ-SNV',
      signedDate: '2025-07-22',
      publishedAt: new Date('2025-07-30T02:00:00Z'),
      fieldCode: 'hanh_chinh.cong_chuc_vien_chuc',
    },
    {
      key: 'qd-2025-11',
      kind: 'complaint_decision' as const,
      title: 'Quyết định giải quyết khiếu nại lần hai về việc xét nâng bậc lương trước thời hạn',
      summary: 'Khiếu nại đúng một phần; yêu cầu xem xét lại hồ sơ nâng bậc lương của người khiếu nại.',
      documentNumber: '388/QĐ-SNV',
      signedDate: '2025-11-12',
      publishedAt: new Date('2025-11-20T02:00:00Z'),
      fieldCode: 'hanh_chinh.che_do_chinh_sach',
    },
    {
      key: 'qd-2026-05',
      kind: 'complaint_decision' as const,
      title: 'Quyết định giải quyết khiếu nại lần hai về hình thức kỷ luật khiển trách',
      summary: 'Giữ nguyên quyết định kỷ luật khiển trách; bác nội dung khiếu nại.',
      documentNumber: '152/QĐ-SNV',
      signedDate: '2026-05-15',
      publishedAt: new Date('2026-05-22T02:00:00Z'),
      fieldCode: 'hanh_chinh.ky_luat',
      takenDown: {
        at: new Date('2026-06-01T08:00:00Z'),
        reason: 'Tòa án nhân dân tỉnh Kon Tum đã thụ lý vụ án hành chính đối với quyết định này; tạm gỡ theo đề nghị của Tòa án để tránh hiểu nhầm trong thời gian xét xử.',
      },
    },
    {
      key: 'kl-2026-02',
      kind: 'denunciation_conclusion' as const,
      title: 'Kết luận nội dung tố cáo đối với Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
      summary: 'Kết luận việc tố cáo sử dụng kinh phí sai mục đích: tố cáo không đúng.',
      documentNumber: '31/KL-SNV',
      signedDate: '2026-10-28',
      publishedAt: new Date('2026-11-04T02:00:00Z'),
      fieldCode: 'hanh_chinh.van_thu_luu_tru',
    },
    {
      key: 'kl-2026-03',
      kind: 'denunciation_conclusion' as const,
      title: 'Kết luận nội dung tố cáo đối với Phó Trưởng ban Thi đua - Khen thưởng',
      summary: 'Kết luận việc tố cáo đề nghị khen thưởng không đúng đối tượng: tố cáo đúng một phần.',
      documentNumber: '36/KL-SNV',
      signedDate: '2026-11-18',
      publishedAt: new Date('2026-11-25T02:00:00Z'),
      fieldCode: 'hanh_chinh.thi_dua_khen_thuong',
    },
  ];
  return items.map(({ key, takenDown, ...p }) => {
    const due = publishDueFor(clock, p.kind === 'denunciation_conclusion' ? 'denunciation' : 'complaint_second', p.signedDate);
    const postedFrom = todayInVietnam(p.publishedAt);
    return {
      ...p,
      id: stableUuid(`publication:${key}`),
      agencyId: DEMO_AGENCY_ID,
      slug: slugify(`${p.documentNumber} ${p.title}`),
      redactedBody: `${p.summary}\n\nNội dung đã được lược bỏ thông tin của người tố cáo và thông tin thuộc bí mật nhà nước theo Điều 40 Luật Tố cáo 2018.`,
      legalBasis: due.legalBasis,
      publishDueDate: due.publishDueDate,
      postedFrom,
      postedUntil: minimumPostedUntilFor(clock, postedFrom),
      ...(takenDown
        ? { state: 'taken_down' as const, takedownReason: takenDown.reason, takenDownAt: takenDown.at, takenDownBy: stableUuid('user:giamdoc') }
        : { state: 'published' as const }),
      // The title already says what kind of document it is; nothing else may make it match.
      searchText: foldVietnamese(`${p.title} ${p.summary} ${p.documentNumber}`),
    };
  });
}
