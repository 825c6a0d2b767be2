import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { detectSensitive } from './detect.js';
import { checkRedaction, describeUnmasked, effectiveMasks, isMaskOptional, prepareRedaction, reviewFromDecisions, unmaskedIn } from './review.js';
import { spanKey } from './spans.js';

const source =
  'Người tố cáo là bà Trần Thị Bình, điện thoại 0905123456. Đường dây nóng của Sở: 0260 3862 123. Ông Phạm Văn Cường, Phó Giám đốc, đã giải trình.';
const options = { protectedTerms: ['Trần Thị Bình'] };
const proposed = detectSensitive(source, options).map(({ text: _text, ...s }) => s);
const keyOf = (text: string) => {
  const s = proposed.find((p) => source.slice(p.start, p.end) === text);
  if (!s) throw new Error(`no proposal for ${text}`);
  return spanKey(s);
};

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.message : String(e);
  }
  return 'no error';
};

describe('the officer review', () => {
  it('proposes the protected name, the phones and the accused official', () => {
    expect(proposed.map((s) => [s.kind, source.slice(s.start, s.end)])).toEqual([
      ['denouncer', 'Trần Thị Bình'],
      ['phone', '0905123456'],
      ['phone', '0260 3862 123'],
      ['person_name', 'Phạm Văn Cường'],
    ]);
  });

  it('keeps the proposals not dropped and adds the officer’s own masks', () => {
    const review = reviewFromDecisions(proposed, source.length, {
      rejected: [keyOf('Phạm Văn Cường')],
      manual: [{ start: source.indexOf('Phó Giám đốc'), end: source.indexOf('Phó Giám đốc') + 'Phó Giám đốc'.length, kind: 'other' }],
    });
    const { redacted, unmasked } = checkRedaction(source, review, options);
    expect(redacted).toBe(
      'Người tố cáo là bà [thông tin người tố cáo đã được che], điện thoại [số điện thoại đã được che]. Đường dây nóng của Sở: [số điện thoại đã được che]. Ông Phạm Văn Cường, [thông tin đã được che], đã giải trình.',
    );
    expect(unmasked).toEqual([]);
    expect(effectiveMasks(review)).toHaveLength(4);
  });

  it('refuses to unmask a protected identity, an identifier, an unknown proposal or a mask outside the text', () => {
    expect(errorOf(() => reviewFromDecisions(proposed, source.length, { rejected: [keyOf('Trần Thị Bình')], manual: [] }))).toMatch(/Không được bỏ che thông tin của người được bảo vệ/);
    expect(errorOf(() => reviewFromDecisions(proposed, source.length, { rejected: [keyOf('0260 3862 123')], manual: [] }))).toMatch(/Không được bỏ che số điện thoại/);
    expect(errorOf(() => reviewFromDecisions(proposed, source.length, { rejected: ['1:2'], manual: [] }))).toMatch(/không có trong các đề xuất/);
    expect(errorOf(() => reviewFromDecisions(proposed, source.length, { rejected: [], manual: [{ start: 0, end: source.length + 1, kind: 'other' }] }))).toMatch(/nằm ngoài văn bản/);
    expect(proposed.map(isMaskOptional)).toEqual([false, false, false, true]);
  });

  it('blocks approval while a protected term or a phone is readable, however it got there', () => {
    // Proposals made before the last sentence was there (an older draft): nothing covers it.
    const withName = `${source} Bà TRAN THI BINH đã ký biên bản, số máy 0912 345 678.`;
    const { unmasked } = checkRedaction(withName, reviewFromDecisions(proposed, withName.length, { rejected: [], manual: [] }), options);
    expect(unmasked.map((u) => u.kind)).toEqual(['denouncer', 'phone']);
    expect(describeUnmasked(unmasked)).toBe('1 thông tin người tố cáo, 1 số điện thoại');
  });

  it('ignores what lies inside placeholders', () => {
    const review = reviewFromDecisions(proposed, source.length, { rejected: [], manual: [] });
    expect(checkRedaction(source, review, { protectedTerms: ['Trần Thị Bình', 'người tố cáo đã được che'] }).unmasked).toEqual([]);
  });

  it('clips masks that reach past the source before merging them', () => {
    // Stale masks: "other" over [2, 7) and "phone" over [6, 7) overlap only past the end of the text.
    const text = 'Z}8 t%';
    const review = {
      proposed: [
        { start: 2, end: 7, kind: 'other' as const, source: 'detected' as const },
        { start: 0, end: 2, kind: 'phone' as const, source: 'detected' as const },
        { start: 6, end: 7, kind: 'phone' as const, source: 'detected' as const },
      ],
      rejected: [],
      manual: [],
    };
    expect(effectiveMasks(review, text.length).map((s) => [s.start, s.end, s.kind])).toEqual([
      [0, 2, 'phone'],
      [2, 6, 'other'],
    ]);
    expect(checkRedaction(text, review, {}).redacted).toBe('[số điện thoại đã được che][thông tin đã được che]');
  });

  it('checks short public texts such as the title', () => {
    expect(unmaskedIn('Kết luận nội dung tố cáo đối với Phó Giám đốc Trung tâm', options)).toEqual([]);
    expect(unmaskedIn('Kết luận tố cáo của bà Tran Thi Binh', options).map((u) => u.kind)).toEqual(['denouncer']);
  });
});

describe('prepareRedaction', () => {
  it('stores no protected term: it is replaced before anything is kept, and stays a fixed mask', () => {
    const raw = 'Xét đơn của ông NGUYỄN VĂN BÌNH,   CCCD 062085001234.\r\n\r\n\r\nÔng Nguyễn Văn Bình đề nghị.';
    const { source, proposed } = prepareRedaction(raw, { protectedTerms: ['Nguyễn Văn Bình', '062085001234'], protectedKind: 'denouncer' });
    expect(source).toBe(
      'Xét đơn của ông [thông tin người tố cáo đã được che], CCCD [thông tin người tố cáo đã được che].\n\nÔng [thông tin người tố cáo đã được che] đề nghị.',
    );
    expect(proposed.map((s) => [s.kind, s.source, source.slice(s.start, s.end)])).toEqual([
      ['denouncer', 'protected', '[thông tin người tố cáo đã được che]'],
      ['denouncer', 'protected', '[thông tin người tố cáo đã được che]'],
      ['denouncer', 'protected', '[thông tin người tố cáo đã được che]'],
    ]);
    const review = reviewFromDecisions(proposed, source.length, { rejected: [], manual: [] });
    expect(checkRedaction(source, review, { protectedTerms: ['Nguyễn Văn Bình'] }).redacted).toBe(source);
  });
});
