import { SuspendSchema, VerificationStepSchema } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { schemaResolver, withoutBlankText } from './form-values';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('dialog values', () => {
  it('leaves out blank optional text but keeps false and zero', () => {
    expect(withoutBlankText({ note: '  ', minutes: null, isComplex: false, count: 0, reason: 'x' })).toEqual({
      isComplex: false,
      count: 0,
      reason: 'x',
    });
  });

  it('validates with the API schema, on its fields only', async () => {
    const resolve = schemaResolver(VerificationStepSchema);
    const ok = await resolve(
      { kind: 'site_check', date: '2026-03-06', description: 'Xác minh tại hiện trường', minutes: '', id: 'ignored' },
      undefined,
      options,
    );
    expect(ok.values).toEqual({ kind: 'site_check', date: '2026-03-06', description: 'Xác minh tại hiện trường' });
  });

  it('gives the schema’s Vietnamese message for a missing reason', async () => {
    const result = await schemaResolver(SuspendSchema)({ reason: '   ' }, undefined, options);
    expect(result.errors).toMatchObject({ reason: { message: 'Hãy ghi lý do tạm đình chỉ.' } });
  });
});
