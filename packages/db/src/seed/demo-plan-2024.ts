import type { Db } from '../client.js';
import { seedDemoPlan, type DemoPlanItem, type DemoPlanRefs } from './demo-plans.js';
import { stableUuid } from './random.js';

/** The 2024 plan's items, which the demo trainings name. */
export const demoPlanItemId = (code: string) => stableUuid(`plan:2024:item:${code}`);

/**
 * Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024 of the Sở (BRIEF section 9),
 * item by item with the lead and coordinating units the plan gives. Its number and exact date are
 * not in the brief; the demo shows them as illustrative.
 */
const items: DemoPlanItem[] = [
  {
    code: '1',
    content:
      'Tuyên truyền, phổ biến, quán triệt chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác tiếp công dân, giải quyết khiếu nại, tố cáo: Chỉ thị số 35-CT/TW, Chỉ thị số 27-CT/TW, Quy định số 11-QĐi/TW; Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo và các nghị định hướng dẫn; Thông tư số 02/2021/TT-TTCP, 04/2021/TT-TTCP, 05/2021/TT-TTCP; Quyết định số 25/2019/QĐ-TTg; Nghị quyết số 623/NQ-UBTVQH15; Công văn số 2354/TTCP-KHTH.',
    lead: [],
    leadAllUnits: true,
    coordinating: [],
    timeFrame: 'regular',
    timeNote: 'Thường xuyên trong năm 2024',
    state: 'done',
    progress: [
      { date: '2024-03-20', author: 'thanhtravien', note: 'Tổ chức hội nghị quán triệt Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo cho công chức các phòng, ban, đơn vị thuộc Sở.', state: 'in_progress' },
      { date: '2024-12-16', author: 'vanthu', note: 'Các đơn vị đã phổ biến đầy đủ các văn bản trong kế hoạch; đăng tài liệu hỏi – đáp trên Cổng thông tin điện tử của Sở.', state: 'done' },
    ],
  },
  {
    code: '2',
    content: 'Thực hiện nghiêm Quyết định số 01/QĐ-SNV ngày 03/01/2023 của Sở Nội vụ ban hành Nội quy, Quy chế tiếp công dân của Sở.',
    lead: ['inspection'],
    coordinating: [],
    coordinatingAllUnits: true,
    timeFrame: 'regular',
    timeNote: 'Thường xuyên trong năm 2024',
    state: 'done',
    progress: [{ date: '2024-12-10', author: 'chanhthanhtra', note: 'Duy trì tiếp công dân thường xuyên tại trụ sở; niêm yết Nội quy, Quy chế tiếp công dân tại nơi tiếp.', state: 'done' }],
  },
  {
    code: '3',
    content:
      'Kiện toàn tổ chức, bố trí công chức có phẩm chất đạo đức, năng lực làm công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo; bồi dưỡng nghiệp vụ; khen thưởng kịp thời; bảo đảm cơ sở vật chất, trang thiết bị phục vụ tiếp công dân, thiết bị truy cập Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo.',
    lead: ['admin'],
    coordinating: ['inspection'],
    timeFrame: 'dated',
    timeFrom: '2024-01-01',
    timeTo: '2024-12-31',
    timeNote: 'Năm 2024 (theo Công văn số 4305/UBND-TD)',
    state: 'in_progress',
    progress: [
      { date: '2024-05-06', author: 'vanthu', note: 'Phân công công chức tiếp công dân, xử lý đơn; cử 02 công chức dự lớp bồi dưỡng nghiệp vụ tiếp công dân.', state: 'in_progress' },
      { date: '2024-11-25', author: 'vanthu', note: 'Đã trang bị máy tính truy cập Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo; còn chờ kinh phí thay camera nơi tiếp công dân.', state: 'in_progress' },
    ],
  },
  {
    code: '4',
    content: 'Công khai thông tin về công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên Cổng thông tin điện tử của Sở; khai thác, sử dụng hiệu quả Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo.',
    lead: ['inspection'],
    coordinating: ['admin'],
    timeFrame: 'dated',
    timeFrom: '2024-01-01',
    timeTo: '2024-12-31',
    timeNote: 'Năm 2024 (theo Công văn số 4305/UBND-TD và Công văn số 1702/UBND-TD)',
    state: 'in_progress',
    progress: [{ date: '2024-09-30', author: 'thanhtravien', note: 'Đã cập nhật kết quả tiếp công dân, xử lý đơn quý I–III lên Cơ sở dữ liệu quốc gia; chuyên mục công khai trên Cổng thông tin đang hoàn thiện.', state: 'in_progress' }],
  },
  {
    code: '5',
    content: 'Tiếp nhận, xử lý đơn thư qua tiếp công dân, qua dịch vụ bưu chính hoặc do cơ quan, tổ chức, cá nhân khác chuyển đến.',
    lead: ['inspection', 'admin'],
    leadRelevantUnits: true,
    coordinating: [],
    responsibilityNote:
      'Đơn không thuộc thẩm quyền: Thanh tra Sở và Phòng Hành chính - Tổng hợp tham mưu Giám đốc hướng dẫn hoặc chuyển đơn. Đơn thuộc thẩm quyền: Thanh tra Sở và các đơn vị có liên quan tham mưu Giám đốc giải quyết.',
    timeFrame: 'regular',
    timeNote: 'Thường xuyên',
    state: 'done',
    progress: [{ date: '2024-12-13', author: 'thanhtravien', note: 'Đã xử lý toàn bộ đơn nhận trong năm đúng thời hạn; đơn không thuộc thẩm quyền được hướng dẫn hoặc chuyển đúng quy định.', state: 'done' }],
  },
  {
    code: 'III',
    content: 'Theo dõi, tham mưu, đôn đốc các đơn vị thực hiện kế hoạch; thực hiện nghiêm chế độ thông tin, báo cáo về công tác tiếp công dân, giải quyết khiếu nại, tố cáo.',
    lead: ['inspection'],
    coordinating: [],
    timeFrame: 'regular',
    state: 'done',
    progress: [{ date: '2024-12-14', author: 'chanhthanhtra', note: 'Đã gửi báo cáo định kỳ quý, 6 tháng, 9 tháng và năm đúng hạn.', state: 'done' }],
  },
];

export const seedDemoPlan2024 = (tx: Db, refs: DemoPlanRefs) =>
  seedDemoPlan(
    tx,
    {
      key: 'plan:2024',
      year: 2024,
      number: '156/KH-SNV',
      date: '2023-12-25',
      signerName: 'Nguyễn Văn Lân',
      signerTitle: 'Giám đốc',
      title: 'Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024',
      note: 'Dữ liệu minh họa: số ký hiệu và ngày ký cần đối chiếu bản gốc. Kế hoạch được đăng trên Cổng thông tin điện tử của Sở và niêm yết tại nơi tiếp công dân.',
      items,
    },
    refs,
  );
