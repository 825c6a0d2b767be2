import { describe, expect, it } from 'vitest';
import { eventLabel, stateChange } from './timeline';

describe('timeline', () => {
  it('names workflow steps by the state machine, recorded events and other commands by translations', () => {
    expect(eventLabel('start_verification')).toBe('Bắt đầu xác minh');
    expect(eventLabel('open')).toBe('kntc.cases.events.open');
    expect(eventLabel('measure_done')).toBe('kntc.cases.events.measure_done');
    expect(eventLabel('extend')).toBe('kntc.cases.commands.extend');
  });

  it('shows an event it does not know by its code rather than a missing translation', () => {
    expect(eventLabel('reminder_sent')).toBe('reminder_sent');
  });

  it('describes a move between states, and nothing for an event that did not move the case', () => {
    expect(stateChange('verifying', 'drafting')).toBe('Đang xác minh → Dự thảo quyết định, kết luận');
    expect(stateChange(null, 'accepted')).toBe('Đã thụ lý');
    expect(stateChange('verifying', 'verifying')).toBeUndefined();
    expect(stateChange('verifying', null)).toBeUndefined();
  });
});
