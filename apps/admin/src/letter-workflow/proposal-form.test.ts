import { handlingOutcomes } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import type { OutcomeOption } from './data-methods';
import { outcomeChoices, targetFieldFor, toProposal, validateProposal } from './proposal-form';

const options: OutcomeOption[] = [
  { outcome: 'transfer', allowed: true },
  { outcome: 'guide', allowed: true },
  { outcome: 'archive', allowed: false, reason: 'Chỉ xếp lưu đơn không đủ điều kiện xử lý hoặc đã được hướng dẫn.' },
];

describe('outcomeChoices', () => {
  it('lists every outcome, refused ones disabled with their reason', () => {
    const choices = outcomeChoices(options);
    expect(choices.map((c) => c.id)).toEqual([...handlingOutcomes]);
    expect(choices.find((c) => c.id === 'transfer')).toEqual({
      id: 'transfer',
      name: 'Chuyển đơn đến cơ quan có thẩm quyền',
      disabled: false,
      reason: null,
    });
    expect(choices.find((c) => c.id === 'archive')).toMatchObject({ disabled: true, reason: expect.stringMatching(/^Chỉ xếp lưu/) });
  });

  it('never offers an outcome the server did not evaluate', () => {
    expect(outcomeChoices(options).find((c) => c.id === 'escalate')).toMatchObject({ disabled: true, reason: expect.any(String) });
  });
});

describe('targetFieldFor', () => {
  it('requires the competent body for guidance, transfer and urging, with its own label', () => {
    expect(targetFieldFor('transfer')).toEqual({ label: 'Cơ quan có thẩm quyền nhận đơn chuyển', isRequired: true });
    expect(targetFieldFor('urge')?.isRequired).toBe(true);
    expect(targetFieldFor('return')).toMatchObject({ isRequired: false });
    expect(targetFieldFor('archive')).toBeNull();
    expect(targetFieldFor('nonsense')).toBeNull();
  });
});

describe('validateProposal', () => {
  const choices = outcomeChoices(options);

  it('asks for an outcome, and refuses a disabled one with its reason', () => {
    expect(validateProposal({ outcome: '' }, choices)).toEqual({ outcome: 'Hãy chọn hướng xử lý.' });
    expect(validateProposal({ outcome: 'archive' }, choices).outcome).toMatch(/^Chỉ xếp lưu/);
  });

  it('asks for the body a transfer goes to, in the server’s words', () => {
    expect(validateProposal({ outcome: 'transfer', target: ' ' }, choices)).toEqual({
      target: 'Hãy ghi cơ quan có thẩm quyền nhận đơn chuyển.',
    });
    expect(validateProposal({ outcome: 'transfer', target: 'ab' }, choices).target).toMatch(/ít nhất 3 ký tự/);
    expect(validateProposal({ outcome: 'transfer', target: 'UBND huyện Đăk Hà' }, choices)).toEqual({});
  });
});

describe('toProposal', () => {
  it('drops a body typed for another outcome and empty notes', () => {
    expect(toProposal({ outcome: 'transfer', target: ' UBND huyện Đăk Hà ', note: '' })).toEqual({ outcome: 'transfer', target: 'UBND huyện Đăk Hà' });
    expect(toProposal({ outcome: 'archive', target: 'UBND huyện', note: ' Lưu ' })).toEqual({ outcome: 'archive', note: 'Lưu' });
  });
});
