import { addMonths, foldVietnamese, serialKey, shiftDate, type IsoDate } from '@kntc/domain';
import type { Db } from '../client.js';
import { equipment, equipmentMaintenance, rewards, staffAssignments, trainingAttendees, trainings } from '../schema/office.js';
import { demoPlanItemId } from './demo-plan-2024.js';
import { stableUuid } from './random.js';

type UnitKey = 'leadership' | 'inspection' | 'admin';
type Refs = { agencyId: string; today: IsoDate; unitId: (key: UnitKey) => string; userId: (username: string) => string };

/** Who does reception and complaint work; the reception officer's earlier period in the office shows the history. */
async function seedAssignments(tx: Db, r: Refs) {
  const rows = [
    { key: 'giamdoc', user: 'giamdoc', unit: 'leadership', position: 'Giám đốc', duties: ['reception'], rank: null, category: 'without_allowance', from: '2023-01-03', to: null, decision: null },
    { key: 'chanhthanhtra', user: 'chanhthanhtra', unit: 'inspection', position: 'Chánh Thanh tra', duties: ['reception', 'case_resolution'], rank: 'senior_inspector', category: 'with_allowance', from: '2021-06-01', to: null, decision: '88/QĐ-SNV' },
    { key: 'thanhtravien', user: 'thanhtravien', unit: 'inspection', position: 'Thanh tra viên', duties: ['letter_handling', 'case_resolution'], rank: 'inspector', category: 'with_allowance', from: '2023-01-03', to: null, decision: '02/QĐ-SNV' },
    { key: 'tiepdan-vp', user: 'tiepdan', unit: 'admin', position: 'Chuyên viên', duties: ['letter_handling'], rank: null, category: 'without_allowance', from: '2020-03-02', to: '2022-07-31', decision: '41/QĐ-SNV' },
    { key: 'tiepdan', user: 'tiepdan', unit: 'inspection', position: 'Chuyên viên tiếp công dân', duties: ['reception', 'letter_handling'], rank: null, category: 'without_allowance', from: '2022-08-01', to: null, decision: '196/QĐ-SNV' },
  ] as const;
  await tx
    .insert(staffAssignments)
    .values(
      rows.map((a) => ({
        id: stableUuid(`office:assignment:${a.key}`),
        agencyId: r.agencyId,
        userId: r.userId(a.user),
        unitId: r.unitId(a.unit),
        position: a.position,
        duties: [...a.duties],
        inspectorRank: a.rank,
        qualifications: a.rank ? 'Cử nhân Luật; Chứng chỉ bồi dưỡng nghiệp vụ thanh tra' : 'Cử nhân Luật',
        allowanceCategory: a.category,
        decisionNumber: a.decision,
        dateAssigned: a.from,
        dateEnded: a.to,
      })),
    )
    .onConflictDoNothing();
}

type DemoAttendee = { user: string; attended: boolean } | { name: string; organisation: string; attended: boolean };
type DemoTraining = {
  key: string;
  kind: 'training' | 'dissemination';
  title: string;
  legalDocuments: string[];
  audience: string;
  dateFrom: IsoDate;
  dateTo: IsoDate | null;
  place: string;
  organiser: UnitKey;
  materials: string;
  planItem: string;
  attendees: DemoAttendee[];
};
type DemoDevice = {
  key: string;
  type: 'national_database_access' | 'printer' | 'scanner' | 'camera';
  name: string;
  serial: string;
  location: string;
  assignedTo: string | null;
  acquiredDate: IsoDate;
  interval: number;
  status?: 'in_use' | 'retired';
  log: { date: IsoDate; kind: 'maintenance' | 'security_check'; result: string }[];
};

const QUAN_TRIET_DOCS = ['Luật Tiếp công dân 2013', 'Luật Khiếu nại 2011', 'Luật Tố cáo 2018', 'Chỉ thị số 35-CT/TW', 'Thông tư số 04/2021/TT-TTCP'];

/** The plan's item 1 (dissemination) and a training on the national database, with who came. */
async function seedTrainings(tx: Db, r: Refs) {
  const list: DemoTraining[] = [
    {
      key: 'quan-triet-2024',
      kind: 'dissemination',
      title: 'Hội nghị quán triệt Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo và văn bản hướng dẫn năm 2024',
      legalDocuments: QUAN_TRIET_DOCS,
      audience: 'Lãnh đạo, công chức các phòng, ban, đơn vị thuộc Sở',
      dateFrom: '2024-03-20',
      dateTo: null,
      place: 'Hội trường Sở Nội vụ tỉnh Kon Tum',
      organiser: 'inspection',
      materials: 'Tài liệu hỏi – đáp về tiếp công dân, khiếu nại, tố cáo; bài giảng trình chiếu.',
      planItem: '1',
      attendees: [
        { user: 'giamdoc', attended: true },
        { user: 'chanhthanhtra', attended: true },
        { user: 'thanhtravien', attended: true },
        { user: 'tiepdan', attended: true },
        { user: 'vanthu', attended: false },
        { name: 'Đại diện Thanh tra tỉnh Kon Tum', organisation: 'Thanh tra tỉnh', attended: true },
      ],
    },
    {
      key: 'csdl-2024',
      kind: 'training',
      title: 'Tập huấn khai thác, cập nhật Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo',
      legalDocuments: ['Nghị định số 55/2022/NĐ-CP'],
      audience: 'Công chức tiếp công dân, xử lý đơn',
      dateFrom: '2024-06-12',
      dateTo: '2024-06-13',
      place: 'Phòng họp Thanh tra Sở',
      organiser: 'admin',
      materials: 'Hướng dẫn sử dụng phần mềm Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo.',
      planItem: '4',
      attendees: [
        { user: 'thanhtravien', attended: true },
        { user: 'tiepdan', attended: true },
        { user: 'vanthu', attended: true },
      ],
    },
  ];
  await tx
    .insert(trainings)
    .values(
      list.map((t) => ({
        id: stableUuid(`office:training:${t.key}`),
        agencyId: r.agencyId,
        kind: t.kind,
        title: t.title,
        legalDocuments: t.legalDocuments,
        audience: t.audience,
        dateFrom: t.dateFrom,
        dateTo: t.dateTo,
        place: t.place,
        organiserUnitId: r.unitId(t.organiser),
        materials: t.materials,
        planItemId: demoPlanItemId(t.planItem),
        searchText: foldVietnamese([t.title, ...t.legalDocuments, t.place, t.audience].join(' ')),
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(trainingAttendees)
    .values(
      list.flatMap((t) =>
        t.attendees.map((a, position) => ({
          trainingId: stableUuid(`office:training:${t.key}`),
          position,
          userId: 'user' in a ? r.userId(a.user) : null,
          fullName: 'name' in a ? a.name : null,
          organisation: 'organisation' in a ? a.organisation : null,
          attended: a.attended,
        })),
      ),
    )
    .onConflictDoNothing();
}

/** A reward still at the proposal stage and one decided for the inspectorate. */
async function seedRewards(tx: Db, r: Refs) {
  await tx
    .insert(rewards)
    .values([
      {
        id: stableUuid('office:reward:thanhtravien-2024'),
        agencyId: r.agencyId,
        kind: 'reward' as const,
        subjectType: 'official' as const,
        userId: r.userId('thanhtravien'),
        form: 'certificate_of_merit_director' as const,
        proposalNumber: '45/TTr-TTS',
        proposalDate: '2024-12-16',
        reason: 'Hoàn thành xuất sắc nhiệm vụ xử lý đơn, giải quyết khiếu nại, tố cáo năm 2024; không để đơn quá hạn.',
      },
      {
        id: stableUuid('office:reward:tts-2024'),
        agencyId: r.agencyId,
        kind: 'reward' as const,
        subjectType: 'unit' as const,
        unitId: r.unitId('inspection'),
        form: 'excellent_collective' as const,
        proposalNumber: '12/TTr-SNV',
        proposalDate: '2024-12-20',
        decisionNumber: '35/QĐ-SNV',
        decisionDate: '2025-01-15',
        decisionSigner: 'Giám đốc Sở Nội vụ',
        reason: 'Tập thể hoàn thành xuất sắc kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024.',
      },
    ])
    .onConflictDoNothing();
}

/**
 * The inventory, with the national database's access device overdue for its security check. Its
 * log is dated from the first day the demo is seeded (two months past due then), and the rows keep
 * their ids, so seeding again changes nothing and the device only grows more overdue.
 */
async function seedEquipment(tx: Db, r: Refs) {
  const devices: DemoDevice[] = [
    {
      key: 'csdlqg',
      type: 'national_database_access',
      name: 'Máy tính truy cập Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo (kèm thiết bị ký số)',
      serial: 'CSDLQG-KNTC-001',
      location: 'Phòng Tiếp công dân, Thanh tra Sở',
      assignedTo: 'thanhtravien',
      acquiredDate: '2023-03-15',
      interval: 6,
      log: [
        { date: addMonths(r.today, -14), kind: 'maintenance', result: 'Vệ sinh máy, cập nhật hệ điều hành và phần mềm diệt virus.' },
        { date: addMonths(r.today, -8), kind: 'security_check', result: 'Kiểm tra tài khoản truy cập, chứng thư số và nhật ký truy cập: không phát hiện bất thường.' },
      ],
    },
    {
      key: 'may-in',
      type: 'printer',
      name: 'Máy in laser A4',
      serial: 'PRN-TCD-2022-07',
      location: 'Phòng Tiếp công dân, Thanh tra Sở',
      assignedTo: 'tiepdan',
      acquiredDate: '2022-07-01',
      interval: 12,
      log: [{ date: addMonths(r.today, -2), kind: 'maintenance', result: 'Thay hộp mực, vệ sinh trục kéo giấy.' }],
    },
    {
      key: 'may-quet',
      type: 'scanner',
      name: 'Máy quét tài liệu hai mặt',
      serial: 'SCN-VP-2021-03',
      location: 'Bộ phận văn thư, Phòng Hành chính - Tổng hợp',
      assignedTo: 'vanthu',
      acquiredDate: '2021-03-10',
      interval: 12,
      log: [{ date: shiftDate(addMonths(r.today, -12), 20), kind: 'maintenance', result: 'Bảo dưỡng định kỳ, hiệu chỉnh cảm biến.' }],
    },
    {
      key: 'camera-cu',
      type: 'camera',
      name: 'Camera giám sát nơi tiếp công dân (thế hệ cũ)',
      serial: 'CAM-TCD-2016-01',
      location: 'Kho Phòng Hành chính - Tổng hợp',
      assignedTo: null,
      acquiredDate: '2016-05-20',
      interval: 12,
      status: 'retired',
      log: [],
    },
  ];
  await tx
    .insert(equipment)
    .values(
      devices.map((d) => ({
        id: stableUuid(`office:equipment:${d.key}`),
        agencyId: r.agencyId,
        type: d.type,
        name: d.name,
        serial: d.serial,
        serialKey: serialKey(d.serial),
        location: d.location,
        assignedToUserId: d.assignedTo ? r.userId(d.assignedTo) : null,
        acquiredDate: d.acquiredDate,
        status: d.status ?? 'in_use',
        maintenanceIntervalMonths: d.interval,
      })),
    )
    .onConflictDoNothing();
  const log = devices.flatMap((d) =>
    d.log.map((line, i) => ({
      id: stableUuid(`office:equipment:${d.key}:log:${String(i)}`),
      equipmentId: stableUuid(`office:equipment:${d.key}`),
      date: line.date,
      kind: line.kind,
      performedBy: 'Tổ công nghệ thông tin, Phòng Hành chính - Tổng hợp',
      result: line.result,
      recordedBy: r.userId('vanthu'),
    })),
  );
  if (log.length > 0) await tx.insert(equipmentMaintenance).values(log).onConflictDoNothing();
}

/** The administration office's demo records (issue 9); every row has a stable id, so seeding twice changes nothing. */
export async function seedDemoOffice(tx: Db, refs: Refs) {
  await seedAssignments(tx, refs);
  await seedTrainings(tx, refs);
  await seedRewards(tx, refs);
  await seedEquipment(tx, refs);
}
