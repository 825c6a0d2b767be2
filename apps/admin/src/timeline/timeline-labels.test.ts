import { describe, expect, it } from 'vitest';
import { describeTimelineEvent, formatInstant, stateLabel, timelineActionLabel } from './timeline-labels';

describe('timelineActionLabel', () => {
  it('names the workflow steps and the other events in Vietnamese', () => {
    expect(timelineActionLabel('approve')).toBe('Duyệt đề xuất');
    expect(timelineActionLabel('mark_duplicate')).toBe('Gộp vào đơn trùng');
    expect(timelineActionLabel('attachment_added')).toBe('Thêm tệp đính kèm');
    expect(timelineActionLabel('something_new')).toBe('something_new');
  });
});

describe('stateLabel', () => {
  it('labels statuses and passes unknown ones through', () => {
    expect(stateLabel('pending_approval')).toBe('Chờ lãnh đạo duyệt');
    expect(stateLabel(null)).toBeNull();
    expect(stateLabel('later')).toBe('later');
  });
});

describe('describeTimelineEvent', () => {
  it('spells out a classification', () => {
    const { details } = describeTimelineEvent({
      action: 'classify',
      payload: { classification: { kind: 'complaint', competence: 'within', failedConditions: ['signed'] } },
    });
    expect(details).toEqual([
      'Loại đơn: Khiếu nại',
      'Thẩm quyền: Thuộc thẩm quyền giải quyết của Sở',
      'Chưa đáp ứng: có chữ ký hoặc điểm chỉ của người viết đơn',
    ]);
  });

  it('names the proposed outcome and links the letters of a duplicate', () => {
    expect(describeTimelineEvent({ action: 'propose', payload: { outcome: 'transfer' } }).details).toEqual([
      'Hướng xử lý: Chuyển đơn đến cơ quan có thẩm quyền',
    ]);
    expect(describeTimelineEvent({ action: 'mark_duplicate', payload: { duplicateOfId: 'abc' } }).related).toEqual({ petitionId: 'abc', label: 'Xem đơn gốc' });
    expect(describeTimelineEvent({ action: 'repeat_linked', payload: { petitionId: 'def' } }).related).toEqual({ petitionId: 'def', label: 'Xem đơn trùng' });
  });

  it('shows a file event’s note as the file name, and keeps other notes', () => {
    expect(describeTimelineEvent({ action: 'attachment_added', payload: {}, note: 'scan.pdf' })).toMatchObject({ details: ['Tệp: scan.pdf'], note: null });
    expect(describeTimelineEvent({ action: 'reject', payload: {}, note: 'Chưa đủ căn cứ' }).note).toBe('Chưa đủ căn cứ');
  });

  it('ignores payloads of an unexpected shape', () => {
    expect(describeTimelineEvent({ action: 'propose', payload: null })).toEqual({ title: 'Đề xuất hướng xử lý', details: [], note: null, related: null });
  });
});

describe('formatInstant', () => {
  it('writes Vietnam time day first, whatever the zone of the machine', () => {
    expect(formatInstant('2026-11-30T17:30:00Z')).toBe('01/12/2026 00:30');
    expect(formatInstant('2026-03-02T01:05:00.000Z')).toBe('02/03/2026 08:05');
  });

  it('leaves text that is not an instant as is', () => {
    expect(formatInstant('hôm qua')).toBe('hôm qua');
  });
});
