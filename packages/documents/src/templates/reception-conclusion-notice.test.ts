import { describe, expect, it } from 'vitest';
import { renderDocx } from '../render-docx.js';
import { readDocx } from '../testing/read-docx.js';
import { receptionConclusionNotice } from './reception-conclusion-notice.js';

const issuer = { parentName: 'UBND TỈNH KON TUM', name: 'SỞ NỘI VỤ', textName: 'Sở Nội vụ', headTitle: 'Giám đốc Sở Nội vụ' };

describe('Thông báo kết luận tiếp công dân', () => {
  it('prints the session, the matters under their pseudonyms and each direction with its unit and due date', async () => {
    const doc = receptionConclusionNotice({
      issuer,
      number: 7,
      symbol: 'TB-SNV',
      place: 'Kon Tum',
      date: '2026-03-16',
      signer: { authority: 'TL. GIÁM ĐỐC', title: 'CHÁNH THANH TRA', name: 'Lê Thị Hoa' },
      session: { kind: 'periodic', date: '2026-03-16', startTime: '07:30', endTime: '11:00', place: 'Trụ sở tiếp công dân Sở Nội vụ', hostName: 'Trần Quốc Bảo', hostTitle: 'Giám đốc Sở Nội vụ' },
      attendees: 'Chánh Thanh tra Sở; Trưởng phòng Công chức, viên chức',
      matters: [{ visitNumber: '12/2026', visitors: 'Người tố cáo A', summary: 'Tố cáo việc thu tiền trái quy định' }],
      conclusion: 'Các nội dung công dân trình bày đã được ghi nhận đầy đủ.',
      directions: [{ content: 'Xác minh nội dung tố cáo', responsible: 'Thanh tra Sở', dueDate: '2026-04-15' }],
    });
    const { text } = await readDocx(await renderDocx(doc));
    expect(text).toContain('07/TB-SNV');
    expect(text).toContain('Kết luận của Giám đốc Sở Nội vụ Trần Quốc Bảo tại buổi tiếp công dân định kỳ ngày 16/3/2026');
    expect(text).toContain('Người tố cáo A (lượt tiếp số 12/2026)');
    expect(text).toContain('Giao Thanh tra Sở thực hiện, thời hạn hoàn thành trước ngày 15/4/2026.');
  });
});
