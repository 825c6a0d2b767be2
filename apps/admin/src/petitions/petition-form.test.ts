import { PetitionCreateSchema, PetitionUpdateDataSchema } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { clearEmptyParties, clearHiddenForwarding, createDefaults, keepProtectedSigners, petitionResolver } from './petition-form';

const valid = {
  ...createDefaults(),
  receivedDate: '2026-03-02',
  channel: 'walk_in',
  kind: 'complaint',
  sender: { fullName: 'Trần Thị Bình', address: 'Xã Hòa Phú, huyện Hòa Vang', idNumber: '', phone: '' },
  summary: 'Khiếu nại quyết định bồi thường',
  content: 'Tôi không đồng ý với mức bồi thường.',
};

// react-hook-form's resolver options; the values are not needed by the zod resolver.
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('clearHiddenForwarding', () => {
  it('drops forwarding details when the letter was not forwarded', () => {
    expect(clearHiddenForwarding({ channel: 'post', forwardingAgency: 'UBND tỉnh', forwardingDocNumber: '12/UBND' })).toEqual({
      channel: 'post',
      forwardingAgency: null,
      forwardingDocNumber: null,
    });
  });

  it('keeps them for a letter forwarded by an agency or a deputy', () => {
    const values = { channel: 'deputy', forwardingAgency: 'Đoàn ĐBQH tỉnh', forwardingDocNumber: '5/ĐĐBQH' };
    expect(clearHiddenForwarding(values)).toBe(values);
  });
});

describe('clearEmptyParties', () => {
  it('sends an untouched or erased respondent and decision as none', () => {
    expect(
      clearEmptyParties({ respondent: { name: '', position: null, organisation: ' ' }, contestedDecision: { number: '', date: '', issuer: '' } }),
    ).toEqual({ respondent: null, contestedDecision: null });
  });

  it('keeps a partly filled decision and turns its emptied date into none', () => {
    expect(clearEmptyParties({ contestedDecision: { number: '144/QĐ-SNV', date: '', issuer: '' } })).toEqual({
      contestedDecision: { number: '144/QĐ-SNV', date: null, issuer: '' },
    });
  });

  it('leaves fields the form does not have alone', () => {
    expect(clearEmptyParties({ summary: 'x' })).toEqual({ summary: 'x' });
  });
});

describe('petitionResolver', () => {
  it('reports the server schema messages on the nested sender field', async () => {
    const resolve = petitionResolver(PetitionCreateSchema);
    const result = await resolve({ ...valid, sender: { ...valid.sender, fullName: '' } }, undefined, options);
    expect(result.errors).toMatchObject({ sender: { fullName: { message: 'Họ và tên người gửi phải có ít nhất 2 ký tự.' } } });
  });

  it('asks for the forwarding agency of a forwarded letter', async () => {
    const resolve = petitionResolver(PetitionCreateSchema);
    const result = await resolve({ ...valid, channel: 'transferred' }, undefined, options);
    expect(result.errors).toMatchObject({
      forwardingAgency: { message: 'Đơn do cơ quan hoặc đại biểu chuyển đến phải ghi tên cơ quan chuyển đơn.' },
    });
  });

  it('accepts a loaded record despite its read-only fields, and submits only editable ones', async () => {
    const resolve = petitionResolver(PetitionUpdateDataSchema);
    const record = { ...valid, id: 'd6b0c8a4-8f0e-4c0f-9a63-2c1b5a3f7e10', status: 'registered', version: 2, receiptNumber: '7/2026' };
    const result = await resolve(record, undefined, options);
    expect(result.errors).toEqual({});
    expect(Object.keys(result.values).sort()).toEqual(Object.keys(PetitionUpdateDataSchema.shape).sort());
  });

  it('checks a group letter: signers counted and at most five representatives', async () => {
    const resolve = petitionResolver(PetitionCreateSchema);
    const coSender = { fullName: 'Lê Văn Cường', address: 'Kon Tum', idNumber: '', phone: '', isRepresentative: true };
    const tooFewSigners = await resolve({ ...valid, signerCount: 1, coSenders: [coSender] }, undefined, options);
    expect(tooFewSigners.errors).toMatchObject({ signerCount: { message: 'Số người ký đơn phải ít nhất bằng số người đã ghi tên (2).' } });
    const six = Array.from({ length: 6 }, () => coSender);
    const tooManyRepresentatives = await resolve({ ...valid, signerCount: 7, coSenders: six }, undefined, options);
    expect(tooManyRepresentatives.errors).toMatchObject({ coSenders: { message: 'Nhóm người cùng ký đơn cử tối đa 5 người đại diện.' } });
  });

  it('accepts a letter with nobody named against it, and names the respondent when one is typed', async () => {
    const resolve = petitionResolver(PetitionCreateSchema);
    const none = await resolve({ ...valid, respondent: { name: '', position: '', organisation: '' } }, undefined, options);
    expect(none.errors).toEqual({});
    expect(none.values).toMatchObject({ respondent: null, contestedDecision: null, coSenders: [] });
    const halfTyped = await resolve({ ...valid, respondent: { name: '', position: 'Trưởng phòng', organisation: '' } }, undefined, options);
    expect(halfTyped.errors).toMatchObject({ respondent: { name: { message: expect.stringMatching(/ít nhất 2 ký tự/) } } });
  });
});

describe('keepProtectedSigners', () => {
  it('sends no signers for a protected letter, whose form holds only pseudonyms', async () => {
    const record = { ...valid, id: 'x', isProtected: true, protectIdentity: true, kind: 'denunciation', sender: { fullName: 'Người tố cáo A', address: '', idNumber: null, phone: null, email: null }, coSenders: [] };
    expect(keepProtectedSigners(record)).toMatchObject({ sender: null, coSenders: null });
    const result = await petitionResolver(PetitionUpdateDataSchema)(record, undefined, options);
    expect(result.errors).toEqual({});
  });

  it('leaves an unprotected letter’s signers as typed', () => {
    const values = { ...valid, isProtected: false };
    expect(keepProtectedSigners(values)).toBe(values);
  });
});
