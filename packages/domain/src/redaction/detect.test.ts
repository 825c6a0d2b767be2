import { describe, expect, it } from 'vitest';
import { applyMasks } from './apply-masks.js';
import { detectSensitive } from './detect.js';
import type { RedactionKind } from './kinds.js';

const found = (text: string, options?: Parameters<typeof detectSensitive>[1]) => detectSensitive(text, options).map((s) => [s.kind, s.text]);
const kinds = (text: string, kind: RedactionKind) => detectSensitive(text).filter((s) => s.kind === kind).map((s) => s.text);

/** A complaint decision as the system issues it (text read from the signed .docx), with the personal details citizens often add. */
const decision = `UBND TỈNH KON TUM
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/QĐ-SNV
Kon Tum, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc giải quyết khiếu nại của ông Nguyễn Văn An (lần đầu)

GIÁM ĐỐC SỞ NỘI VỤ
Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;
Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại;
Xét đơn khiếu nại đề ngày 01/3/2026 của ông Nguyễn Văn An, sinh ngày 12/08/1968, CCCD số 062 068 000 123, điện thoại 0914.567.890, địa chỉ: tổ 3, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum.
Khiếu nại Quyết định số 45/QĐ-TTLT ngày 02/01/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh về việc chấm dứt hợp đồng lao động.
I. Nội dung khiếu nại
Ông Nguyễn Văn An cho rằng Trung tâm chấm dứt hợp đồng khi chưa báo trước; vợ ông là bà Y Hlin, thư điện tử yhlin.kt@gmail.com, đã làm việc với Đoàn xác minh tại thôn Kon Klor 2, xã Đăk Cấm.
II. Kết quả xác minh nội dung khiếu nại
Trung tâm đã thông báo trước 30 ngày và chi trả 150.000.000 đồng trợ cấp theo Bộ luật Lao động năm 2019.
IV. Kết luận
Khiếu nại của ông Nguyễn Văn An là khiếu nại sai.
Điều 2. Nếu không đồng ý, ông Nguyễn Văn An có quyền khiếu nại đến Chủ tịch Ủy ban nhân dân tỉnh Kon Tum.
Điều 3. Chánh Văn phòng Sở, Giám đốc Trung tâm Lưu trữ lịch sử tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, hồ sơ.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Minh Tuấn`;

describe('detectSensitive on a complaint decision', () => {
  const spans = detectSensitive(decision, { protectedTerms: ['NGUYEN VAN AN', '062068000123'], protectedKind: 'protected_person', publicNames: ['Lê Minh Tuấn'] });
  const masked = applyMasks(decision, spans);

  it('masks the complainant, his ID, phone, date of birth, address and the people he names', () => {
    expect(masked).not.toMatch(/Nguyễn Văn An|062 068 000 123|0914\.567\.890|12\/08\/1968|tổ 3|Quyết Thắng|Y Hlin|yhlin|Kon Klor|Đăk Cấm/);
    expect(masked).toContain('của ông [thông tin người được bảo vệ đã được che], sinh ngày [ngày sinh đã được che], CCCD số [thông tin người được bảo vệ đã được che]');
    expect(masked).toContain('điện thoại [số điện thoại đã được che], địa chỉ: [địa chỉ đã được che].');
    expect(masked).toContain('bà [họ tên đã được che], thư điện tử [thư điện tử đã được che]');
    expect(masked).toContain('tại [địa chỉ đã được che].');
  });

  it('keeps the agencies, legal bases, document numbers, dates, amounts, the province and the signing official', () => {
    for (const kept of [
      'UBND TỈNH KON TUM',
      'Số: 12/QĐ-SNV',
      'Kon Tum, ngày 05 tháng 3 năm 2026',
      'Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ',
      'Quyết định số 45/QĐ-TTLT ngày 02/01/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
      '150.000.000 đồng',
      'Bộ luật Lao động năm 2019',
      'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
      'Chánh Văn phòng Sở',
      'Lê Minh Tuấn',
    ]) {
      expect(masked).toContain(kept);
    }
  });

  it('says where each mask came from', () => {
    expect(spans.filter((s) => s.source === 'protected').map((s) => s.text)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      '062 068 000 123',
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Nguyễn Văn An',
    ]);
    expect(spans.every((s) => decision.slice(s.start, s.end) === s.text)).toBe(true);
  });
});

describe('identity numbers and phones', () => {
  it('finds CCCD (12 digits) and CMND (9 digits) with any separators', () => {
    expect(kinds('CCCD: 062085001234; CMND số 233.456.789; mã 0620-8500-1234', 'id_number')).toEqual(['062085001234', '233.456.789', '0620-8500-1234']);
    expect(kinds('Căn cước công dân số 062 085 001 234 cấp ngày 10/5/2021', 'id_number')).toEqual(['062 085 001 234']);
  });

  it('finds a passport number after its name', () => {
    expect(kinds('hộ chiếu số C1234567', 'id_number')).toEqual(['C1234567']);
  });

  it('finds mobile and landline numbers, with 0, +84 or 84', () => {
    expect(kinds('ĐT 0905123456, 090 512 3456, 0905.123.456, +84 905 123 456, 84905123456, máy bàn 0260 3862 123', 'phone')).toEqual([
      '0905123456',
      '090 512 3456',
      '0905.123.456',
      '+84 905 123 456',
      '84905123456',
      '0260 3862 123',
    ]);
  });

  it('finds a phone number glued to another number by a space', () => {
    expect(kinds('tổ 3 0905123456', 'phone')).toEqual(['0905123456']);
  });

  it('leaves amounts, document numbers, dates and years alone', () => {
    const text = 'Số tiền 150.000.000 đồng, 20.000 m2 đất, 123.456.789 VNĐ; Quyết định số 124/2020/NĐ-CP ngày 19/10/2020; năm 2026; Điều 12.';
    expect(detectSensitive(text)).toEqual([]);
  });

  it('treats an amount written like a CMND as an ID when the text says so', () => {
    expect(kinds('CMND số 212.345.678', 'id_number')).toEqual(['212.345.678']);
  });
});

describe('emails and dates of birth', () => {
  it('finds emails but not the @ of a handle', () => {
    expect(kinds('gửi về nguyen.van-a+kntc@sonoivu.kontum.gov.vn hoặc @sonoivu.', 'email')).toEqual(['nguyen.van-a+kntc@sonoivu.kontum.gov.vn']);
  });

  it('finds the date after "sinh ngày", "ngày sinh", "sinh năm", in any written form', () => {
    expect(kinds('sinh ngày 05/3/1980; Ngày sinh: 5 tháng 3 năm 1980; sinh năm 1975; năm sinh 1962', 'birth_date')).toEqual([
      '05/3/1980',
      '5 tháng 3 năm 1980',
      '1975',
      '1962',
    ]);
  });
});

describe('names', () => {
  it('finds a name after a form of address and masks only the name', () => {
    expect(applyMasks('ông Trần Văn Bình và chị Lan, cháu Hồ Thị Mai', detectSensitive('ông Trần Văn Bình và chị Lan, cháu Hồ Thị Mai'))).toBe(
      'ông [họ tên đã được che] và chị [họ tên đã được che], cháu [họ tên đã được che]',
    );
    expect(found('của ông (bà) Đinh Văn Vụ Việc (lần đầu)')).toEqual([['person_name', 'Đinh Văn Vụ Việc']]);
  });

  it('finds a name after "Họ và tên:" even in capitals, and after "người tố cáo"', () => {
    expect(found('Họ và tên: NGUYỄN THỊ HỒNG NHUNG')).toEqual([['person_name', 'NGUYỄN THỊ HỒNG NHUNG']]);
    expect(found('người tố cáo là ông Phan Đình Khôi')).toEqual([['person_name', 'Phan Đình Khôi']]);
    expect(found('Người tố cáo: Ksor H’Bia')).toEqual([['person_name', 'Ksor H’Bia']]);
  });

  it('does not take the pseudonym of the case file for a name', () => {
    expect(found('Người tố cáo A đã cung cấp tài liệu.')).toEqual([]);
  });

  it('finds Title-Case names of 2–5 words and stops before a position', () => {
    expect(found('Phó Trưởng phòng Nguyễn Thanh Tùng Trưởng phòng kế toán')).toEqual([['person_name', 'Nguyễn Thanh Tùng']]);
    expect(found('Rơ Mah Thị Hồng đã ký')).toEqual([['person_name', 'Rơ Mah Thị Hồng']]);
  });

  it('leaves agencies, positions, documents and places alone', () => {
    const text =
      'Sở Nội vụ, Ủy ban nhân dân tỉnh Kon Tum, Thanh tra Sở, Phòng Công chức, Bộ Nội vụ, Luật Tố cáo, Nghị định, Việt Nam, Giám đốc Sở, ông Giám đốc, bà Chủ tịch, Tại Kon Tum, Trung tâm Lưu trữ.';
    expect(found(text)).toEqual([]);
  });

  it('does not mistake "bà" in a place name for Mrs', () => {
    expect(found('tỉnh Bà Rịa - Vũng Tàu')).toEqual([]);
  });

  it('leaves the officials named as public', () => {
    expect(found('Giám đốc Nguyễn Văn Lân ký', { publicNames: ['nguyen van lan'] })).toEqual([]);
  });
});

describe('addresses', () => {
  it('masks everything after a residence word, province included, up to the end of the address', () => {
    expect(found('trú tại số 12 đường Trần Phú, phường Quyết Thắng, thành phố Kon Tum là người làm chứng')).toEqual([
      ['address', 'số 12 đường Trần Phú, phường Quyết Thắng, thành phố Kon Tum'],
    ]);
    expect(found('Địa chỉ thường trú: Thôn 5, xã Đăk Cấm, thành phố Kon Tum, tỉnh Kon Tum.')).toEqual([
      ['address', 'Thôn 5, xã Đăk Cấm, thành phố Kon Tum, tỉnh Kon Tum'],
    ]);
  });

  it('elsewhere masks the parts finer than a district and keeps "thành phố", "huyện", "tỉnh"', () => {
    expect(applyMasks('làm việc tại thôn 2, xã Hòa Bình, thành phố Kon Tum, tỉnh Kon Tum', detectSensitive('làm việc tại thôn 2, xã Hòa Bình, thành phố Kon Tum, tỉnh Kon Tum'))).toBe(
      'làm việc tại [địa chỉ đã được che], thành phố Kon Tum, tỉnh Kon Tum',
    );
    expect(found('nhà số 45/3 Ngô Quyền, tổ dân phố 7, làng Plei Đôn')).toEqual([['address', 'số 45/3 Ngô Quyền, tổ dân phố 7, làng Plei Đôn']]);
  });

  it('keeps agencies named after a commune and words that only look like units', () => {
    expect(found('Ủy ban nhân dân xã Đăk Cấm, Công an phường Duy Tân, Chủ tịch xã Hòa Bình; Tổ xác minh; bản án; xã hội; số 12/QĐ-SNV')).toEqual([]);
  });
});

describe('protected terms', () => {
  it('are found whatever the diacritics, case and spacing', () => {
    const text = 'Ông NGUYEN VAN BINH (Nguyễn  Văn Bình, nguyễn văn bình) gọi từ 0905 123 456 và +84905123456.';
    expect(found(text, { protectedTerms: ['Nguyễn Văn Bình', '0905123456'] }).filter(([, t]) => t)).toEqual([
      ['denouncer', 'NGUYEN VAN BINH'],
      ['denouncer', 'Nguyễn  Văn Bình'],
      ['denouncer', 'nguyễn văn bình'],
      ['denouncer', '0905 123 456'],
      ['denouncer', '+84905123456'],
    ]);
  });

  it('are found in text written in decomposed Unicode (NFD)', () => {
    const text = 'bà Trần Thị Hường'.normalize('NFD');
    const [span] = detectSensitive(text, { protectedTerms: ['Trần Thị Hường'] });
    expect(span).toMatchObject({ kind: 'denouncer', source: 'protected' });
    expect(span?.text.normalize('NFC')).toBe('Trần Thị Hường');
  });

  it('ignore terms too short to be safe to mask everywhere', () => {
    expect(detectSensitive('An ninh, an toàn', { protectedTerms: ['An', ' '] })).toEqual([]);
  });

  it('keep their kind when they overlap a detected mask', () => {
    expect(found('ông Lý Văn Cường', { protectedTerms: ['Văn Cường'] })).toEqual([['denouncer', 'Lý Văn Cường']]);
  });
});

describe('long texts', () => {
  /** The longest letter content accepted (petitions/schemas.ts). */
  const LONGEST = 50_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(LONGEST / unit.length)).slice(0, LONGEST);
  const timed = (text: string) => {
    const started = performance.now();
    const spans = detectSensitive(text, { protectedTerms: ['Nguyễn Văn Bình', '0905123456'] });
    return { spans, ms: performance.now() - started };
  };

  // Shapes that made a detector super-linear: one long run of numbers (cubic), long lists of
  // address parts, blanks after "họ", runs of leading words, "%" in a would-be e-mail (quadratic).
  // Each takes well under 0.5 s on a developer machine (docs/redaction.md); the bound leaves room
  // for a loaded CI runner while still catching a return of the quadratic or cubic paths.
  const shapes: Record<string, string> = {
    'the complaint decision, repeated': fill(`${decision}\n`),
    'a list of phones': fill('0905123456 '),
    'a table of amounts': fill('150.000.000 '),
    'a list of hamlets': fill('thôn 1, '),
    'a list of communes': fill('xã Đăk Cấm, '),
    'unit words inside names': fill('Bản '),
    'blanks after "họ"': `họ${' '.repeat(LONGEST - 2)}`,
    'leading words': fill('Và '),
    'percent signs': fill('%a'),
  };

  it.each(Object.entries(shapes))('take linear time: %s', { timeout: 60_000 }, (_shape, text) => {
    const { ms } = timed(text);
    expect(ms).toBeLessThan(5_000);
  });

  it('still find every phone in a long list', () => {
    const phones = detectSensitive(shapes['a list of phones'] ?? '');
    expect(phones).toHaveLength(Math.floor(LONGEST / 11));
    expect(phones.every((s) => s.kind === 'phone' && s.text === '0905123456')).toBe(true);
  });
});
