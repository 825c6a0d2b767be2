import { PetitionCreateSchema, PetitionUpdateDataSchema } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pickEditable } from './pick-editable';

const record = {
  id: '5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11',
  receiptNumber: '12/2026',
  receiptYear: 2026,
  receiptSeq: 12,
  receivedDate: '2026-03-02',
  channel: 'post',
  kind: 'complaint',
  status: 'registered',
  senderId: '9a1c3e55-2b7d-4c1e-9f00-3d2b6c7a8e90',
  sender: { fullName: 'Nguyễn Văn An', address: 'Phường Bến Nghé, TP. Hồ Chí Minh', idNumber: null, phone: null, id: 'x' },
  signerCount: 1,
  summary: 'Khiếu nại quyết định thu hồi đất',
  content: 'Nội dung đơn',
  forwardingAgency: null,
  forwardingDocNumber: null,
  fieldCode: null,
  coSenders: [],
  respondent: null,
  contestedDecision: null,
  protectIdentity: false,
  isProtected: false,
  dueDate: '2026-03-16',
  deadlineStatus: 'on_time',
  dueRuleVersion: 'petition.process@2021-11-15',
  version: 3,
  createdAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
};

describe('pickEditable', () => {
  it('drops the read-only fields of a record so the strict update schema accepts it', () => {
    const data = pickEditable(PetitionUpdateDataSchema, record);
    expect(Object.keys(data).sort()).toEqual(Object.keys(PetitionUpdateDataSchema.shape).sort());
    expect(data.sender).toEqual({
      fullName: 'Nguyễn Văn An',
      address: 'Phường Bến Nghé, TP. Hồ Chí Minh',
      idNumber: null,
      phone: null,
    });
    expect(PetitionUpdateDataSchema.safeParse(data).success).toBe(true);
  });

  it('keeps the create-only saveAsDraft flag for the create schema', () => {
    const data = pickEditable(PetitionCreateSchema, { ...record, saveAsDraft: true });
    expect(data.saveAsDraft).toBe(true);
    expect(data).not.toHaveProperty('status');
  });

  it('leaves absent fields absent rather than inventing undefined keys', () => {
    expect(pickEditable(PetitionUpdateDataSchema, { summary: 'Trích yếu' })).toEqual({ summary: 'Trích yếu' });
  });

  it('copies a non-object value for an object field as is, for the server to reject', () => {
    const schema = z.strictObject({ sender: z.strictObject({ fullName: z.string() }) });
    expect(pickEditable(schema, { sender: null })).toEqual({ sender: null });
  });
});
