import { annualReport, documentFileName, renderDocx, type Signer } from '@kntc/documents';
import { annualReportFigures, caseResolutionFigures, defaultReportCutOffRules, reportPeriod, type IsoDate, type ReportPeriod } from '@kntc/domain';
import { findAgencyHead, loadReportCases, type Db } from '@kntc/db';
import { z } from 'zod';
import { computeAgencyReport } from './agency-report.js';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const AnnualNarrativeRequestSchema = z.strictObject({
  year: z.number({ error: 'Năm báo cáo phải là số.' }).int('Năm báo cáo phải là số nguyên.'),
});

/**
 * The annual narrative report of `year` as a draft .docx: the figures of that report year's 01/TCD
 * and 02/XLD (computed exactly as reports.form computes them) and of its cases, for the director's
 * office to complete and sign. It is not issued: no number is taken, the clerk numbers it on signing.
 */
export async function annualNarrative(
  db: Db,
  params: { agencyId: string; year: number; today: IsoDate; fallbackSigner: Signer },
): Promise<{ fileName: string; content: Buffer; period: ReportPeriod }> {
  const period = reportPeriod('year', params.year, defaultReportCutOffRules);
  const request = { kind: 'year', year: params.year } as const;
  const [tcd, xld, cases, head] = await Promise.all([
    computeAgencyReport(db, params.agencyId, { formCode: '01/TCD', period: request }),
    computeAgencyReport(db, params.agencyId, { formCode: '02/XLD', period: request }),
    loadReportCases(db, { agencyId: params.agencyId, from: period.from, to: period.to }),
    findAgencyHead(db, params.agencyId),
  ]);
  // A year not over yet: a case is overdue once its deadline passed by today, not by the year's last day.
  const asOf = params.today < period.to ? params.today : period.to;
  const figures = annualReportFigures({
    tcd: tcd.table,
    xld: xld.table,
    letters: xld.records.letters,
    cases: caseResolutionFigures(cases, period, asOf),
    period,
  });
  const { agency } = xld;
  const signer: Signer = head ? { title: (head.position || 'Giám đốc').toLocaleUpperCase('vi'), name: head.fullName } : params.fallbackSigner;
  const model = annualReport({
    issuer: agency.issuer,
    number: null,
    symbol: `BC-${agency.shortName}`,
    place: agency.place,
    date: params.today,
    signer,
    filing: 'Lưu: VT, TTr',
    year: params.year,
    period: { from: period.from, to: period.to },
    addressee: agency.inspectorate,
    figures,
  });
  return { fileName: documentFileName(model), content: await renderDocx(model), period };
}
