import { CaseDraftSchema } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { draftFieldMessages, draftFieldPath, draftFormValues, draftFromForm, draftResolver } from './draft-form';

const options = (names: string[]): Parameters<typeof draftResolver>[2] => ({ fields: {}, names, shouldUseNativeValidation: false });

describe('draftFormValues', () => {
  it('starts a complaint decision from the case subject, with no measure yet', () => {
    expect(draftFormValues('complaint_first', null, 'Khiếu nại quyết định kỷ luật')).toMatchObject({
      type: 'complaint',
      complaintContent: 'Khiếu nại quyết định kỷ luật',
      measures: [],
    });
  });

  it('starts a conclusion with one allegation and one legal ground row, as the law requires at least one', () => {
    const values = draftFormValues('denunciation', null, 'Tố cáo nhận tiền');
    expect(values).toMatchObject({
      type: 'denunciation',
      findings: [{ allegation: 'Tố cáo nhận tiền', finding: '', verdict: null }],
      legalGrounds: [{ text: '' }],
    });
  });

  it('reopens a saved draft with its lists as rows', () => {
    const saved = CaseDraftSchema.parse({
      type: 'denunciation',
      verificationReport: 'Báo cáo số 05/BC-TTr',
      findings: [{ allegation: 'Nhận tiền xét tuyển', finding: 'Không có căn cứ', verdict: 'false' }],
      legalGrounds: ['Luật Viên chức 2010'],
      conclusion: 'Tố cáo sai toàn bộ.',
      recommendations: ['Công khai kết luận tại đơn vị'],
    });
    const values = draftFormValues('denunciation', saved, 'x');
    expect(values.legalGrounds).toEqual([{ text: 'Luật Viên chức 2010' }]);
    expect(values.recommendations).toEqual([{ text: 'Công khai kết luận tại đơn vị' }]);
    expect(CaseDraftSchema.parse(draftFromForm(values))).toEqual(saved);
  });

  it('ignores a saved draft of the other type', () => {
    const complaint = CaseDraftSchema.parse({
      type: 'complaint',
      complaintContent: 'Nội dung khiếu nại',
      verificationResult: 'Kết quả xác minh',
      conclusion: 'Kết luận đầy đủ',
      ruling: 'Giữ nguyên quyết định',
    });
    expect(draftFormValues('denunciation', complaint, 'Tố cáo').type).toBe('denunciation');
  });
});

describe('draftFromForm', () => {
  it('turns rows back into sentences and leaves out empty optional paragraphs', () => {
    expect(
      draftFromForm({
        type: 'complaint',
        measures: [{ text: 'Hủy quyết định' }],
        dialogueResult: '  ',
        secondRoundBody: '',
        ruling: 'Giữ nguyên',
      }),
    ).toEqual({ type: 'complaint', measures: ['Hủy quyết định'], ruling: 'Giữ nguyên' });
  });

  it('drops an unchosen verdict so the schema asks for one', () => {
    expect(draftFromForm({ findings: [{ allegation: 'A', finding: 'B', verdict: null }] })).toEqual({
      findings: [{ allegation: 'A', finding: 'B' }],
    });
  });
});

describe('draft messages', () => {
  it('puts a list item’s message on its row and keeps other paths as they are', () => {
    expect(draftFieldPath(['measures', 1])).toBe('measures.1.text');
    expect(draftFieldPath(['legalGrounds'])).toBe('legalGrounds');
    expect(draftFieldPath(['findings', 0, 'verdict'])).toBe('findings.0.verdict');
  });

  it('keeps the first message of each field', () => {
    expect(
      draftFieldMessages([
        { path: ['conclusion'], message: 'first' },
        { path: ['conclusion'], message: 'second' },
      ]),
    ).toEqual({ conclusion: 'first' });
  });
});

describe('draftResolver', () => {
  it('submits the draft as the API takes it when valid', async () => {
    const result = await draftResolver(
      {
        type: 'complaint',
        complaintContent: 'Khiếu nại quyết định kỷ luật',
        verificationResult: 'Chưa đúng trình tự họp',
        dialogueResult: '',
        conclusion: 'Khiếu nại đúng một phần',
        ruling: 'Hủy một phần quyết định',
        measures: [{ text: 'Họp lại Hội đồng kỷ luật' }],
        secondRoundBody: '',
      },
      undefined,
      options(['measures.0.text']),
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      type: 'complaint',
      complaintContent: 'Khiếu nại quyết định kỷ luật',
      verificationResult: 'Chưa đúng trình tự họp',
      conclusion: 'Khiếu nại đúng một phần',
      ruling: 'Hủy một phần quyết định',
      measures: ['Họp lại Hội đồng kỷ luật'],
    });
  });

  it('shows the schema’s Vietnamese messages on the rows and on a list left empty', async () => {
    const result = await draftResolver(
      {
        type: 'denunciation',
        verificationReport: 'Báo cáo số 05',
        findings: [{ allegation: 'Nhận tiền', finding: 'ngắn', verdict: null }],
        legalGrounds: [],
        conclusion: 'Tố cáo sai toàn bộ',
        measures: [{ text: '' }],
        recommendations: [],
        accusedManager: '',
      },
      undefined,
      options(['findings.0.allegation', 'findings.0.finding', 'findings.0.verdict', 'measures.0.text']),
    );
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      findings: [
        {
          finding: { message: 'Hãy nhập kết quả xác minh (ít nhất 5 ký tự).' },
          verdict: { message: 'Hãy chọn kết luận cho nội dung này.' },
        },
      ],
      legalGrounds: { message: 'Phải nêu căn cứ pháp luật.' },
      measures: [{ text: { message: 'Hãy nhập biện pháp xử lý (ít nhất 5 ký tự).' } }],
    });
  });
});
