import type { ReceptionVisitCreateInput } from '@kntc/domain';
import { ReceptionVisitCreateSchema, todayInVietnam } from '@kntc/domain';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { createReceptionVisit } from '../queries/reception-visits.js';
import { receptionVisits } from '../schema/reception-visits.js';
import type { VaultKeyring } from '../vault/sealed-box.js';

const PLACE = 'Trụ sở tiếp công dân Sở Nội vụ, 20 Trần Phú, phường Quyết Thắng, thành phố Kon Tum';

/** A few lines of the sổ tiếp công dân: one of each kind of reception and outcome, a group and a protected denouncer. */
const demoVisits: ReceptionVisitCreateInput[] = [
  {
    visitDate: '2026-02-10',
    kind: 'regular',
    place: PLACE,
    headcount: 1,
    visitors: [{ fullName: 'A Thút', address: 'Làng Kon Klor, phường Thắng Lợi, thành phố Kon Tum', idNumber: '062095004417', identityPaper: 'id_card' }],
    matterKind: 'recommendation',
    summary: 'Kiến nghị hướng dẫn thủ tục xét tuyển viên chức giáo dục',
    content: 'Ông A Thút hỏi về điều kiện và hồ sơ dự tuyển viên chức giáo dục năm 2026.',
    request: 'Được hướng dẫn thủ tục dự tuyển',
    outcome: 'explained',
    outcomeNote: 'Đã giải thích điều kiện, hồ sơ theo Nghị định 115/2020/NĐ-CP.',
  },
  {
    visitDate: '2026-03-05',
    kind: 'regular',
    place: PLACE,
    headcount: 7,
    visitors: [
      { fullName: 'Y Hằng', address: 'Thôn Đăk Rơ Wang, xã Ngọk Réo, huyện Đăk Hà', identityPaper: 'id_card', isRepresentative: true },
      { fullName: 'A Dũng', address: 'Thôn Đăk Rơ Wang, xã Ngọk Réo, huyện Đăk Hà', identityPaper: 'id_card', isRepresentative: true },
    ],
    matterKind: 'reflection',
    summary: 'Phản ánh việc chậm chi trả phụ cấp cho cán bộ không chuyên trách thôn',
    content: 'Bảy cán bộ không chuyên trách thôn phản ánh phụ cấp quý IV/2025 chưa được chi trả.',
    history: 'Đã phản ánh với UBND xã Ngọk Réo tháng 01/2026.',
    request: 'Đề nghị chi trả phụ cấp còn nợ',
    outcome: 'guided',
    outcomeNote: 'Hướng dẫn gửi phản ánh đến UBND huyện Đăk Hà là cơ quan có thẩm quyền.',
  },
  {
    visitDate: '2026-04-15',
    kind: 'periodic',
    headReception: 'in_person',
    place: PLACE,
    headcount: 1,
    visitors: [{ fullName: 'Nguyễn Thị Hoa', address: 'Tổ 4, phường Duy Tân, thành phố Kon Tum', idNumber: '062188007731', identityPaper: 'id_card' }],
    matterKind: 'complaint',
    summary: 'Khiếu nại kết quả xét nâng ngạch công chức năm 2025',
    content: 'Bà Hoa cho rằng điểm sát hạch nâng ngạch của mình bị tính sai.',
    history: 'Chưa gửi cơ quan nào khác.',
    request: 'Đề nghị phúc tra điểm sát hạch',
    outcome: 'explained',
    outcomeNote: 'Giám đốc giao Thanh tra Sở kiểm tra, trả lời trong 10 ngày làm việc.',
  },
  {
    visitDate: '2026-05-20',
    kind: 'ad_hoc',
    headReception: 'authorised',
    place: PLACE,
    headcount: 1,
    visitors: [{ fullName: 'Trần Văn Lực', address: 'Thôn 6, xã Hòa Bình, thành phố Kon Tum', identityPaper: 'other' }],
    matterKind: 'complaint',
    summary: 'Khiếu nại việc giải quyết chế độ thôi việc năm 2019',
    content: 'Ông Lực tiếp tục khiếu nại vụ việc đã được giải quyết lần hai năm 2021.',
    request: 'Giải quyết lại chế độ thôi việc',
    outcome: 'refused',
    refusalGroundCode: 'threats',
    outcomeNote: 'Ông Lực có lời lẽ xúc phạm cán bộ tiếp công dân, vi phạm nội quy.',
  },
  {
    visitDate: '2026-06-18',
    kind: 'regular',
    place: PLACE,
    headcount: 1,
    visitors: [{ fullName: 'Đinh Văn Khải', address: 'Tổ 2, phường Ngô Mây, thành phố Kon Tum', idNumber: '062090002256', identityPaper: 'id_card' }],
    matterKind: 'denunciation',
    summary: 'Tố cáo cán bộ phòng Công chức gợi ý nhận tiền khi thẩm định hồ sơ',
    content: 'Ông Đinh Văn Khải trình bày việc một cán bộ gợi ý đưa tiền để hồ sơ được thẩm định nhanh.',
    request: 'Đề nghị xác minh và giữ bí mật danh tính',
    outcome: 'guided',
    outcomeNote: 'Hướng dẫn viết đơn tố cáo gửi Giám đốc Sở theo Điều 23 Luật Tố cáo.',
  },
];

/**
 * Demo lines of the reception register, written through the same query as the screen (numbers,
 * reply deadlines, the vault). Only on a register still empty, so seeding twice changes nothing.
 */
export async function seedDemoVisits(tx: Db, params: { agencyId: string; officerId: string; vault: VaultKeyring }) {
  const [existing] = await tx.select({ n: count() }).from(receptionVisits).where(eq(receptionVisits.agencyId, params.agencyId));
  if ((existing?.n ?? 0) > 0) return;
  for (const visit of demoVisits) {
    await createReceptionVisit(tx, {
      agencyId: params.agencyId,
      userId: params.officerId,
      today: todayInVietnam(),
      vault: params.vault,
      input: ReceptionVisitCreateSchema.parse(visit),
    });
  }
}
