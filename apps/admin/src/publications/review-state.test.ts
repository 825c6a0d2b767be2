import { detectSensitive } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { addManualMask, groupProposals, previewOf, removeManualMaskAt, sameDraft, sourceChunks, toggleGroup, type ReviewDraft } from './review-state';

const source = 'Ông Phạm Văn Cường, ĐT 0905123456, gặp bà Lê Thị Hoa. Ông Phạm Văn Cường giải trình.';
const proposed = detectSensitive(source);
const empty: ReviewDraft = { rejected: [], manual: [] };

describe('review state', () => {
  it('groups every occurrence of a value, and only names and addresses may be kept', () => {
    const groups = groupProposals(proposed, empty);
    expect(groups.map((g) => [g.kind, g.text, g.keys.length, g.optional])).toEqual([
      ['person_name', 'Phạm Văn Cường', 2, true],
      ['phone', '0905123456', 1, false],
      ['person_name', 'Lê Thị Hoa', 1, true],
    ]);
  });

  it('keeps or masks a value everywhere at once; a phone stays masked', () => {
    const [name, phone] = groupProposals(proposed, empty);
    if (!name || !phone) throw new Error('groups');
    const kept = toggleGroup(empty, name);
    expect(previewOf(source, proposed, kept).text).toBe(
      'Ông Phạm Văn Cường, ĐT [số điện thoại đã được che], gặp bà [họ tên đã được che]. Ông Phạm Văn Cường giải trình.',
    );
    expect(toggleGroup(kept, { ...name, masked: false })).toEqual(empty);
    expect(toggleGroup(empty, phone)).toBe(empty);
  });

  it('adds a mask over a selection, trimmed, and removes it by a click inside', () => {
    const at = source.indexOf('giải trình');
    const draft = addManualMask(empty, source, at - 1, at + 'giải trình'.length, 'other');
    expect(draft.manual).toEqual([{ start: at, end: at + 'giải trình'.length, kind: 'other', source: 'manual' }]);
    expect(previewOf(source, proposed, draft).text.endsWith('[họ tên đã được che] [thông tin đã được che].')).toBe(true);
    expect(removeManualMaskAt(draft, at + 3)).toEqual(empty);
    expect(addManualMask(empty, source, 3, 4, 'other')).toBe(empty);
  });

  it('cuts the source into plain, proposed and hand-masked chunks that rebuild it exactly', () => {
    const draft = addManualMask(empty, source, 0, 10, 'other');
    const chunks = sourceChunks(source, proposed, draft);
    expect(chunks.map((c) => c.text).join('')).toBe(source);
    expect(chunks[0]).toMatchObject({ start: 0, end: 4, text: 'Ông ', manual: { kind: 'other' } });
    expect(chunks[1]).toMatchObject({ text: 'Phạm V', proposal: { kind: 'person_name', masked: true }, manual: { kind: 'other' } });
    expect(sameDraft(draft, { rejected: [], manual: [...draft.manual] })).toBe(true);
    expect(sameDraft(draft, empty)).toBe(false);
  });
});
