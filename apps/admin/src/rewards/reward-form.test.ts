import { RewardDataSchema, rewardForms, rewardKinds, rewardSubjects } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { rewardFormChoices } from './choices';
import { prepareReward, rewardResolver } from './reward-form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;
const USER = '6f1c1d7e-2a4b-4c8d-9e0f-1a2b3c4d5e6f';
const UNIT = '7a2d2e8f-3b5c-4d9e-8f1a-2b3c4d5e6f70';
const CASE = '8b3e3f90-4c6d-4e0f-9a2b-3c4d5e6f7081';

const base = { proposalDate: '2026-11-02', reason: 'Hoàn thành xuất sắc nhiệm vụ tiếp công dân năm 2026.' };
const subjectOf = (subject: string) => (subject === 'official' ? { userId: USER, unitId: null } : { userId: null, unitId: UNIT });

describe('rewardFormChoices', () => {
  it('offers, for every kind and subject, exactly the forms the schema accepts', () => {
    for (const kind of rewardKinds) {
      for (const subjectType of rewardSubjects) {
        const offered = rewardFormChoices(kind, subjectType).map((c) => c.id);
        const accepted = rewardForms
          .map((f) => f.code)
          .filter((form) => RewardDataSchema.safeParse({ ...base, kind, subjectType, ...subjectOf(subjectType), form }).success);
        expect(offered, `${kind}/${subjectType}`).toEqual(accepted);
      }
    }
  });

  it('offers nothing to discipline a unit, and nothing before a kind is chosen', () => {
    expect(rewardFormChoices('discipline', 'unit')).toEqual([]);
    expect(rewardFormChoices(undefined, 'official')).toEqual([]);
  });
});

describe('prepareReward', () => {
  it('clears what the chosen kind and subject hide', () => {
    const values = { kind: 'reward', subjectType: 'unit', userId: USER, unitId: UNIT, breach: 'deadline', caseId: CASE, petitionId: '', decisionNumber: '' };
    expect(prepareReward(values)).toMatchObject({ userId: null, unitId: UNIT, breach: null, caseId: null, petitionId: null, decisionNumber: null });
  });

  it('keeps a discipline linked to the case it concerns', () => {
    const values = { kind: 'discipline', subjectType: 'official', userId: USER, unitId: UNIT, breach: 'deadline', caseId: CASE };
    expect(prepareReward(values)).toMatchObject({ userId: USER, unitId: null, breach: 'deadline', caseId: CASE });
  });
});

describe('rewardResolver', () => {
  it('asks for the whole decision once part of it is typed', async () => {
    const result = await rewardResolver({ ...base, kind: 'reward', subjectType: 'official', userId: USER, form: 'advanced_worker', decisionNumber: '12/QĐ-SNV', decisionDate: '', decisionSigner: '' }, undefined, options);
    expect(result.errors).toMatchObject({ decisionDate: { message: 'Hãy ghi ngày quyết định.' }, decisionSigner: { message: 'Hãy ghi người ký quyết định.' } });
  });

  it('asks a discipline tied to a case what was breached', async () => {
    const result = await rewardResolver({ ...base, kind: 'discipline', subjectType: 'official', userId: USER, form: 'reprimand', caseId: CASE, breach: '' }, undefined, options);
    expect(result.errors).toMatchObject({ breach: { message: 'Kỷ luật gắn với đơn, vụ việc phải ghi loại vi phạm (thời hạn hoặc bí mật thông tin).' } });
  });
});
