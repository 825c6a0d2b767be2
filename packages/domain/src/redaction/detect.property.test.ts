import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMasks } from './apply-masks.js';
import { detectSensitive } from './detect.js';
import { foldWithOffsets } from './fold-map.js';

/**
 * Generated documents: ordinary administrative sentences with personal data dropped in, the way
 * it turns up in letters and minutes. Each planted token is remembered so the test can look for it.
 */
const filler = fc.constantFrom(
  'Căn cứ Luật Tố cáo năm 2018;',
  'Thanh tra Sở đã làm việc với các bên liên quan.',
  'Ủy ban nhân dân tỉnh Kon Tum giao Sở Nội vụ xác minh.',
  'Số tiền 150.000.000 đồng đã được hoàn trả.',
  'Quyết định số 45/QĐ-SNV ngày 02/01/2026.',
  'Kết luận: nội dung tố cáo là đúng một phần.',
  'Đoàn xác minh đã có mặt lúc 8 giờ 30 phút.',
);
const surname = fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đinh', 'Võ', 'Rơ Mah', 'Ksor');
const middle = fc.constantFrom('Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc');
const given = fc.constantFrom('An', 'Bình', 'Cường', 'Dũng', 'Hường', 'Lan', 'Tuấn', 'Hlin');
const name = fc.tuple(surname, middle, given).map((parts) => parts.join(' '));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const separated = (value: string) =>
  fc.constantFrom('', ' ', '.', '-').map((sep) => (sep ? value.replace(/(\d{3})(?=\d)/g, `$1${sep}`) : value));
const cccd = digits(11).chain((d) => separated(`0${d}`));
const mobile = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(8)).chain(([p, d]) => separated(`0${p}${d}`));
const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,8}$/), fc.constantFrom('gmail.com', 'yahoo.com.vn', 'kontum.gov.vn')).map(([u, d]) => `${u}@${d}`);

type Planted = { sentence: string; token: string; kind: 'name' | 'number' | 'email' | 'protected' };
const planted: fc.Arbitrary<Planted> = fc.oneof(
  fc.tuple(fc.constantFrom('ông', 'bà', 'chị', 'anh'), name).map(([h, n]) => ({ sentence: `Có mặt ${h} ${n}, người làm chứng.`, token: n, kind: 'name' as const })),
  cccd.map((n) => ({ sentence: `Số CCCD ${n} cấp năm 2021.`, token: n, kind: 'number' as const })),
  mobile.map((n) => ({ sentence: `Liên hệ qua số ${n} để làm việc.`, token: n, kind: 'number' as const })),
  email.map((e) => ({ sentence: `Thư điện tử ${e}.`, token: e, kind: 'email' as const })),
);
/** The protected denouncer, written with or without diacritics and in any case. */
const protectedName = name.chain((n) =>
  fc.constantFrom(n, foldWithOffsets(n).folded, n.toLocaleUpperCase('vi')).map((written) => ({ canonical: n, written })),
);

const document = fc.tuple(fc.array(fc.oneof(filler.map((sentence) => ({ sentence })), planted), { maxLength: 12 }), protectedName).map(([parts, p]) => ({
  text: [...parts.map((x) => x.sentence), `Người tố cáo là ${p.written}.`].join('\n'),
  tokens: parts.flatMap((x) => ('token' in x ? [x] : [])),
  protected: p,
}));

/**
 * Per-test time limit. A generated document takes 1–2 ms to detect and mask, so 300 runs take
 * about 0.6 s on a developer machine; a loaded 2-core CI runner has needed 5.2 s, past vitest's
 * default of 5 s. The limit is set well above that rather than trading away runs.
 */
const PROPERTY_TIMEOUT = 60_000;

const redact = (text: string, terms: string[]) => applyMasks(text, detectSensitive(text, { protectedTerms: terms }));
const digitsOf = (s: string) => s.replace(/\D/g, '');

describe('redaction properties', () => {
  it('no planted name, number, email or protected identity survives masking', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(document, (doc) => {
        const masked = redact(doc.text, [doc.protected.canonical]);
        for (const t of doc.tokens) {
          if (t.kind === 'number') expect(digitsOf(masked)).not.toContain(digitsOf(t.token));
          else expect(masked).not.toContain(t.token);
        }
        expect(foldWithOffsets(masked).folded).not.toContain(foldWithOffsets(doc.protected.canonical).folded);
      }),
      { numRuns: 300 },
    );
  });

  it('masking is idempotent: the masked copy has nothing left to mask', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(document, (doc) => {
        const once = redact(doc.text, [doc.protected.canonical]);
        expect(redact(once, [doc.protected.canonical])).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('every mask covers exactly the text it reports, on any input', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), (text, terms) => {
        for (const s of detectSensitive(text, { protectedTerms: terms })) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
    );
  });

  it('finds a protected term however the text spells it', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(protectedName, fc.constantFrom('NFC', 'NFD') as fc.Arbitrary<'NFC' | 'NFD'>, (p, form) => {
        const text = `Đơn của ${p.written} gửi ngày 05/3/2026.`.normalize(form);
        const spans = detectSensitive(text, { protectedTerms: [p.canonical] }).filter((s) => s.source === 'protected');
        expect(spans.map((s) => foldWithOffsets(s.text).folded)).toEqual([foldWithOffsets(p.canonical).folded]);
      }),
    );
  });
});
