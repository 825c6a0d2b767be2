import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  AdministrativeDocumentSchema,
  denunciationAcceptanceDecision,
  DenunciationAcceptanceDecisionInputSchema,
  denunciationConclusion,
  DenunciationConclusionInputSchema,
  extensionDecision,
  ExtensionDecisionInputSchema,
  renderDocx,
  transferSlip,
  type DenunciationConclusionInput,
  type TransferSlipInput,
} from '../index.js';
import { readDocx } from '../testing/read-docx.js';
import * as s from '../testing/samples.js';

/** Keys that would carry a denouncer's identity if someone added them to a template input. */
const IDENTITY_KEY = /denouncer|sender|complainant|reporter|petitioner|tocao/i;

const unrecognizedKeys = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZodError) return error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
    throw error;
  }
  return [];
};

describe('documents for the accused, the verifiers or publication never carry a denouncer', () => {
  it('has no input field that could hold a denouncer identity', () => {
    for (const schema of [DenunciationConclusionInputSchema, DenunciationAcceptanceDecisionInputSchema, ExtensionDecisionInputSchema]) {
      expect(Object.keys(schema.shape).filter((k) => IDENTITY_KEY.test(k))).toEqual([]);
    }
  });

  it('rejects a denouncer passed to the conclusion, instead of carrying it along', () => {
    expect(() =>
      denunciationConclusion({
        ...s.denunciationConclusionSample,
        // @ts-expect-error the input type has no place for a denouncer
        denouncer: s.denouncer,
      }),
    ).toThrow(ZodError);
  });

  it('rejects a whole case row spread into the input, naming every identity field', () => {
    const caseRow = { ...s.denunciationConclusionSample, denouncerName: s.denouncer.name, denouncerAddress: s.denouncer.address };
    expect(unrecognizedKeys(() => denunciationConclusion(caseRow as DenunciationConclusionInput))).toEqual(['denouncerName', 'denouncerAddress']);
    expect(unrecognizedKeys(() => denunciationAcceptanceDecision({ ...s.denunciationAcceptanceDecisionSample, sender: s.denouncer } as never))).toEqual(['sender']);
    expect(unrecognizedKeys(() => extensionDecision({ ...s.extensionDecisionSample, denouncer: s.denouncer } as never))).toEqual(['denouncer']);
  });

  it('rejects a sender on a transferred denunciation, but prints one on a recommendation', async () => {
    const withSender = { ...s.transferSlipSample, petition: { ...s.transferSlipSample.petition, sender: s.denouncer } } as TransferSlipInput;
    expect(unrecognizedKeys(() => transferSlip(withSender))).toEqual(['sender']);

    const recommendation = transferSlip({ ...s.transferSlipSample, petition: { kind: 'recommendation', sender: s.denouncer, receivedDate: '2026-03-02', summary: 'Kiến nghị về chế độ phụ cấp.' } });
    const text = (await readDocx(await renderDocx(recommendation))).text;
    expect(text).toContain('bà Trần Thị Bình');
    expect(text).toContain('PHIẾU CHUYỂN ĐƠN');
  });

  it('refuses a model with extra fields at render time too', async () => {
    const model = { ...denunciationConclusion(s.denunciationConclusionSample), denouncer: s.denouncer };
    expect(AdministrativeDocumentSchema.safeParse(model).success).toBe(false);
    await expect(renderDocx(model)).rejects.toThrow(ZodError);
  });

  it('refers to the denouncer only as "người tố cáo"', async () => {
    const text = (await readDocx(await renderDocx(denunciationConclusion(s.denunciationConclusionSample)))).text;
    expect(text).toContain('- Người tố cáo;');
    expect(text).toContain('không tiết lộ thông tin về người tố cáo');
    for (const secret of [s.denouncer.name, s.denouncer.address, s.complainant.name]) expect(text).not.toContain(secret);
  });
});
