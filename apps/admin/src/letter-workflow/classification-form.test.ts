import { ClassificationSchema, conditionsFor } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { classificationDefaults, classificationResolver, conditionChoices, toClassification } from './classification-form';

// react-hook-form's resolver options; the values are not needed by the zod resolver.
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('classificationDefaults', () => {
  it('starts a first classification from the kind given at intake', () => {
    expect(classificationDefaults({ kind: 'denunciation', classification: null })).toMatchObject({
      kind: 'denunciation',
      competence: '',
      failedConditions: [],
      complaintRound: 'first',
    });
  });

  it('starts a reclassification from the current one', () => {
    const classification = ClassificationSchema.parse({ kind: 'complaint', competence: 'within', failedConditions: ['signed'], complaintRound: 'second', note: 'Thiếu chữ ký' });
    expect(classificationDefaults({ kind: 'recommendation', classification })).toMatchObject({
      kind: 'complaint',
      competence: 'within',
      failedConditions: ['signed'],
      complaintRound: 'second',
      note: 'Thiếu chữ ký',
    });
  });
});

describe('conditionChoices', () => {
  it('offers exactly the conditions of the kind, labelled in Vietnamese', () => {
    const choices = conditionChoices('recommendation');
    expect(choices.map((c) => c.id)).toEqual([...conditionsFor.recommendation]);
    expect(choices[0]?.name).toMatch(/tiếng Việt/);
    expect(conditionChoices('')).toEqual([]);
  });
});

describe('toClassification', () => {
  it('drops ticks left over from another kind', () => {
    const sent = toClassification({ kind: 'recommendation', competence: 'outside', failedConditions: ['signed', 'content_stated'] });
    expect(sent.failedConditions).toEqual(['content_stated']);
  });

  it('keeps anonymity only for a denunciation, and evidence only with anonymity', () => {
    expect(toClassification({ kind: 'complaint', competence: 'within', isAnonymous: true, hasVerifiableEvidence: true })).toMatchObject({
      isAnonymous: false,
      hasVerifiableEvidence: false,
    });
    expect(toClassification({ kind: 'denunciation', competence: 'within', isAnonymous: false, hasVerifiableEvidence: true })).toMatchObject({
      isAnonymous: false,
      hasVerifiableEvidence: false,
    });
    expect(toClassification({ kind: 'denunciation', competence: 'within', isAnonymous: true, hasVerifiableEvidence: true })).toMatchObject({
      isAnonymous: true,
      hasVerifiableEvidence: true,
    });
  });

  it('sends the second round only for a complaint, and no empty note', () => {
    expect(toClassification({ kind: 'denunciation', competence: 'within', complaintRound: 'second', note: '  ' })).toEqual({
      kind: 'denunciation',
      competence: 'within',
      failedConditions: [],
      isAnonymous: false,
      hasVerifiableEvidence: false,
      hasSignsOfCrime: false,
      isOverdueAtLowerBody: false,
      complaintRound: 'first',
    });
  });
});

describe('classificationResolver', () => {
  it('asks for the competence with the schema message', async () => {
    const result = await classificationResolver()({ kind: 'complaint', competence: '', failedConditions: [] }, undefined, options);
    expect(result.errors).toMatchObject({ competence: { message: 'Hãy chọn thẩm quyền.' } });
  });

  it('submits the parsed classification', async () => {
    const result = await classificationResolver()({ kind: 'mixed', competence: 'within', failedConditions: ['signed'], note: ' x ' }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ kind: 'mixed', competence: 'within', failedConditions: [], note: 'x' });
  });
});
