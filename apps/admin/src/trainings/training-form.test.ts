import { describe, expect, it } from 'vitest';
import { documentsToText, prepareAttendee, prepareTraining, textToDocuments, trainingResolver } from './training-form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;
const UNIT = '7a2d2e8f-3b5c-4d9e-8f1a-2b3c4d5e6f70';
const OFFICIAL = '6f1c1d7e-2a4b-4c8d-9e0f-1a2b3c4d5e6f';

const form = {
  kind: 'dissemination',
  title: 'Hội nghị quán triệt Luật Tiếp công dân',
  legalDocuments: ['Luật Tiếp công dân năm 2013', '', '  Chỉ thị số 35-CT/TW  ', ''],
  audience: 'Công chức các phòng thuộc Sở',
  dateFrom: '2026-03-20',
  dateTo: '',
  place: 'Hội trường Sở Nội vụ',
  organiserUnitId: UNIT,
  materials: '',
  planItemId: '',
  note: '',
  attendees: [
    { userId: OFFICIAL, fullName: 'Y Blưu Niê', organisation: '', attended: true },
    { userId: '', fullName: 'Đại diện Thanh tra tỉnh', organisation: 'Thanh tra tỉnh', attended: false },
  ],
};

describe('the documents box', () => {
  it('shows one document per line and keeps lines as typed, so Enter starts a new one', () => {
    expect(documentsToText(['Luật Khiếu nại', 'Luật Tố cáo'])).toBe('Luật Khiếu nại\nLuật Tố cáo');
    expect(textToDocuments('Luật Khiếu nại\n')).toEqual(['Luật Khiếu nại', '']);
    for (const text of ['', 'a', 'a\n', 'a\n\nb', '\n\n']) expect(documentsToText(textToDocuments(text))).toBe(text);
  });
});

describe('prepareTraining', () => {
  it('drops blank document lines, names an official by account only, and sends blanks as null', () => {
    const prepared = prepareTraining(form);
    expect(prepared.legalDocuments).toEqual(['Luật Tiếp công dân năm 2013', 'Chỉ thị số 35-CT/TW']);
    expect(prepared.attendees).toEqual([
      { userId: OFFICIAL, fullName: null, organisation: null, attended: true },
      { userId: null, fullName: 'Đại diện Thanh tra tỉnh', organisation: 'Thanh tra tỉnh', attended: false },
    ]);
    expect([prepared.dateTo, prepared.planItemId, prepared.materials]).toEqual([null, null, null]);
  });

  it('counts an attendee as present unless marked absent', () => {
    expect(prepareAttendee({ userId: OFFICIAL }).attended).toBe(true);
  });
});

describe('trainingResolver', () => {
  it('accepts the form', async () => {
    const result = await trainingResolver(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values.attendees).toHaveLength(2);
  });

  it('asks for the documents of a dissemination and a name for an outsider, on their fields', async () => {
    const result = await trainingResolver(
      { ...form, legalDocuments: ['  '], attendees: [{ userId: null, fullName: ' ', organisation: '', attended: true }] },
      undefined,
      options,
    );
    expect(result.errors).toMatchObject({
      legalDocuments: { message: 'Tuyên truyền, phổ biến pháp luật phải ghi ít nhất một văn bản được phổ biến.' },
      attendees: [{ fullName: { message: 'Hãy chọn cán bộ hoặc ghi họ tên người tham dự.' } }],
    });
  });

  it('refuses the same official listed twice', async () => {
    const twice = { userId: OFFICIAL, fullName: '', organisation: '', attended: true };
    const result = await trainingResolver({ ...form, attendees: [twice, twice] }, undefined, options);
    expect(result.errors).toMatchObject({ attendees: [undefined, { userId: { message: 'Cán bộ này đã có trong danh sách tham dự.' } }] });
  });
});
