import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { complaintDecision, extensionDecision, guidance, nonAcceptanceNotice, renderDocx, transferSlip } from '../index.js';
import { readDocx } from '../testing/read-docx.js';
import * as s from '../testing/samples.js';

const textOf = async (model: Parameters<typeof renderDocx>[0]) => (await readDocx(await renderDocx(model))).text;

describe('template variants', () => {
  it('gives a second-round complaint decision the right to sue, not a further complaint', async () => {
    const model = complaintDecision({
      ...s.complaintDecisionSample,
      round: 'second',
      secondRoundBody: undefined,
      firstRoundDecision: 'Quyết định số 20/QĐ-TTLT ngày 10/02/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
      dialogueResult: undefined,
    });
    expect(model.subject).toBe('Về việc giải quyết khiếu nại của ông Nguyễn Văn An (lần hai)');
    const text = await textOf(model);
    expect(text).toContain('đã được giải quyết lần đầu tại Quyết định số 20/QĐ-TTLT');
    expect(text).toContain('có quyền khởi kiện vụ án hành chính');
    expect(text).not.toContain('có quyền khiếu nại đến');
    // Without a dialogue the conclusion becomes section III.
    expect(text).toContain('III. Kết luận');
  });

  it('gives remote areas 45 days for a second-round complaint', async () => {
    expect(await textOf(complaintDecision({ ...s.complaintDecisionSample, isRemoteArea: true }))).toContain('Trong thời hạn 45 ngày');
  });

  it('requires a first-round decision to say who hears the second round', () => {
    expect(() => complaintDecision({ ...s.complaintDecisionSample, secondRoundBody: undefined })).toThrow(/giải quyết khiếu nại lần hai/);
  });

  it('cites the Law on Denunciations when refusing a denunciation', async () => {
    const text = await textOf(nonAcceptanceNotice({ ...s.nonAcceptanceNoticeSample, kind: 'denunciation', reasons: ['Không có cơ sở để xác định người vi phạm, hành vi vi phạm', 'Người tố cáo không cung cấp địa chỉ liên hệ'] }));
    expect(text).toContain('Về việc không thụ lý giải quyết tố cáo');
    expect(text).toContain('khoản 1 Điều 29 Luật Tố cáo năm 2018');
    expect(text).toContain('- Không có cơ sở để xác định người vi phạm, hành vi vi phạm;\n- Người tố cáo không cung cấp địa chỉ liên hệ.\n');
  });

  it('guides a walk-in denouncer under Điều 24 and can keep the originals', async () => {
    const text = await textOf(guidance({ ...s.guidanceSample, kind: 'denunciation', returnsOriginals: false }));
    expect(text).toContain('khoản 2 Điều 24 Luật Tố cáo năm 2018');
    expect(text).not.toContain('bản gốc');
  });

  it('never transfers a complaint', () => {
    expect(() => transferSlip({ ...s.transferSlipSample, petition: { kind: 'complaint', receivedDate: '2026-03-02', summary: 'Khiếu nại.' } })).toThrow(ZodError);
  });

  it('caps each extension at 30 days', () => {
    expect(() => extensionDecision({ ...s.extensionDecisionSample, extensionDays: 31 })).toThrow(/không quá 30 ngày/);
  });
});
