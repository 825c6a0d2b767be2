import type { Db } from '../client.js';
import { seedDemoPlan, type DemoPlanItem, type DemoPlanRefs } from './demo-plans.js';

/**
 * This year's plan, so the dashboard's plan tile and the progress view open on something: one item
 * done, one finished early in the year, one late (due by 30/6 and still under way), the rest in
 * progress. Number and date are illustrative.
 */
const items: DemoPlanItem[] = [
  {
    code: '1',
    content:
      'Tuyên truyền, phổ biến Luật Thanh tra năm 2025, Luật sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo và các văn bản hướng dẫn thi hành đến công chức, viên chức các đơn vị thuộc Sở.',
    lead: [],
    leadAllUnits: true,
    coordinating: ['inspection'],
    timeFrame: 'dated',
    timeFrom: '2026-01-15',
    timeTo: '2026-04-30',
    state: 'done',
    progress: [
      { date: '2026-03-18', author: 'chanhthanhtra', note: 'Tổ chức hội nghị phổ biến Luật Thanh tra năm 2025 cho lãnh đạo các phòng, đơn vị.', state: 'in_progress' },
      { date: '2026-04-24', author: 'vanthu', note: 'Các đơn vị đã phổ biến đến toàn thể công chức, viên chức; tài liệu đăng trên Cổng thông tin điện tử của Sở.', state: 'done' },
    ],
  },
  {
    code: '2',
    content: 'Tiếp công dân thường xuyên tại trụ sở; Giám đốc Sở tiếp công dân định kỳ theo lịch đã thông báo và tiếp đột xuất khi cần thiết.',
    lead: ['inspection'],
    coordinating: ['admin'],
    timeFrame: 'regular',
    timeNote: 'Thường xuyên trong năm 2026',
    state: 'in_progress',
    progress: [{ date: '2026-10-05', author: 'chanhthanhtra', note: 'Đã tổ chức đủ các buổi tiếp công dân định kỳ của Giám đốc trong 9 tháng; không phát sinh đoàn đông người kéo dài.', state: 'in_progress' }],
  },
  {
    code: '3',
    content: 'Rà soát, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài thuộc thẩm quyền của Giám đốc Sở.',
    lead: ['inspection'],
    coordinating: [],
    coordinatingAllUnits: true,
    timeFrame: 'dated',
    timeFrom: '2026-02-01',
    timeTo: '2026-06-30',
    state: 'in_progress',
    progress: [{ date: '2026-06-15', author: 'thanhtravien', note: 'Đã giải quyết 3/4 vụ việc tồn đọng; 01 vụ việc đang xác minh bổ sung theo ý kiến của Thanh tra tỉnh.', state: 'in_progress' }],
  },
  {
    code: '4',
    content: 'Cập nhật đầy đủ, kịp thời kết quả tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo vào Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo.',
    lead: ['inspection'],
    coordinating: ['admin'],
    timeFrame: 'dated',
    timeFrom: '2026-01-01',
    timeTo: '2026-12-31',
    state: 'in_progress',
    progress: [{ date: '2026-10-10', author: 'thanhtravien', note: 'Đã cập nhật dữ liệu quý I–III lên Cơ sở dữ liệu quốc gia.', state: 'in_progress' }],
  },
  {
    code: '5',
    content: 'Cử công chức làm công tác tiếp công dân, xử lý đơn tham gia bồi dưỡng nghiệp vụ; bảo đảm cơ sở vật chất nơi tiếp công dân.',
    lead: ['admin'],
    coordinating: ['inspection'],
    timeFrame: 'dated',
    timeFrom: '2026-03-01',
    timeTo: '2026-09-30',
    state: 'done',
    progress: [{ date: '2026-09-12', author: 'vanthu', note: 'Đã cử 03 công chức dự lớp bồi dưỡng nghiệp vụ tiếp công dân do Thanh tra tỉnh tổ chức.', state: 'done' }],
  },
  {
    code: 'III',
    content: 'Theo dõi, đôn đốc các đơn vị thực hiện kế hoạch; báo cáo định kỳ quý, 6 tháng, 9 tháng và năm về công tác tiếp công dân, giải quyết khiếu nại, tố cáo.',
    lead: ['inspection'],
    coordinating: [],
    timeFrame: 'regular',
    state: 'in_progress',
    progress: [{ date: '2026-09-14', author: 'chanhthanhtra', note: 'Đã gửi báo cáo quý I, 6 tháng và 9 tháng đúng hạn.', state: 'in_progress' }],
  },
];

export const seedDemoPlan2026 = (tx: Db, refs: DemoPlanRefs) =>
  seedDemoPlan(
    tx,
    {
      key: 'plan:2026',
      year: 2026,
      number: '12/KH-SNV',
      date: '2026-01-09',
      signerName: 'Trần Quốc Bảo',
      signerTitle: 'Giám đốc',
      title: 'Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026',
      note: 'Dữ liệu minh họa: số ký hiệu và ngày ký không phải của văn bản thật.',
      items,
    },
    refs,
  );
