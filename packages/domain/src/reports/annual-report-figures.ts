import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import { petitionKinds, type PetitionKind } from '../petitions/enums.js';
import { columnValue, type ReportTable } from './aggregate.js';
import { caseGroups, type CaseGroup, type CaseResolutionFigures } from './case-figures.js';
import { contentGroups, type ContentGroup } from './content-groups.js';
import { form01Tcd } from './forms/form-01-tcd.js';
import { form02Xld } from './forms/form-02-xld.js';
import { isLetterInStage, type PeriodRange } from './measure-values.js';
import { type ReportLetter } from './records.js';

const count = z.number().int().min(0);
const counts = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);

const receptionKeys = ['visits', 'persons', 'matters', 'groups', 'groupPersons'] as const;
const headKeys = ['sessions', 'visits', 'persons', 'matters', 'groups'] as const;
const caseKeys = ['carriedOver', 'accepted', 'toResolve', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'pendingOverdue'] as const;

/**
 * The numbers the annual narrative report (báo cáo kết quả công tác tiếp công dân, xử lý đơn,
 * giải quyết khiếu nại, tố cáo) states, taken from the year's 01/TCD and 02/XLD totals and the cases,
 * so the text says exactly what the forms filed for the same year say.
 */
export const AnnualReportFiguresSchema = z.strictObject({
  /** Letters received in the period, every kind (section I). */
  lettersReceived: counts(petitionKinds).extend({ total: count }),
  /** 01/TCD (section II). */
  reception: z.strictObject({
    total: counts(['visits', 'persons', 'matters'] as const),
    regular: counts(receptionKeys).extend({ firstTime: count, repeated: count }),
    headInPerson: counts(headKeys),
    headAuthorised: counts(headKeys),
  }),
  /** 02/XLD, complaint letters (section III). */
  complaintLetters: z.strictObject({
    toProcess: count,
    carriedOver: count,
    received: count,
    processed: count,
    eligible: count,
    eligibleMatters: count,
    byContent: counts(contentGroups),
    inCompetenceFirst: count,
    inCompetenceSecond: count,
    guided: count,
    transferred: count,
  }),
  /** Cases within competence (section IV). */
  cases: z.strictObject({ complaint: counts(caseKeys), denunciation: counts(caseKeys) }),
});
export type AnnualReportFigures = z.infer<typeof AnnualReportFiguresSchema>;

function assertForm(table: ReportTable, code: string): readonly number[] {
  if (table.formCode !== code) throw new DomainError('VALIDATION', `Cần số liệu biểu ${code}, nhận được biểu ${table.formCode}.`);
  return table.total;
}

/*
 * Column numbers are those of the seed forms (form-01-tcd.ts, form-02-xld.ts); a circular that
 * renumbers them changes this mapping too, which the report's test pins against the forms.
 */
const contentColumn: Record<ContentGroup, number> = { admin_policy: 7, admin_land_housing: 8, admin_other: 9, judicial: 10, party: 11, other: 12 };

const headFigures = (t: readonly number[], first: number) => ({
  sessions: columnValue(t, first),
  visits: columnValue(t, first + 1),
  persons: columnValue(t, first + 2),
  matters: columnValue(t, first + 3),
  groups: columnValue(t, first + 4),
});

/** Assembles the narrative's figures from the year's computed forms, its letters and its case figures. */
export function annualReportFigures(params: {
  tcd: ReportTable;
  xld: ReportTable;
  letters: readonly ReportLetter[];
  cases: Record<CaseGroup, CaseResolutionFigures>;
  period: PeriodRange;
}): AnnualReportFigures {
  const tcd = assertForm(params.tcd, form01Tcd.code);
  const xld = assertForm(params.xld, form02Xld.code);
  const byKind = Object.fromEntries(petitionKinds.map((k) => [k, 0])) as Record<PetitionKind, number>;
  for (const letter of params.letters) if (isLetterInStage(letter, 'received', params.period)) byKind[letter.kind] += letter.count ?? 1;
  return {
    lettersReceived: { ...byKind, total: petitionKinds.reduce((sum, k) => sum + byKind[k], 0) },
    reception: {
      total: { visits: columnValue(tcd, 1), persons: columnValue(tcd, 2), matters: columnValue(tcd, 3) },
      regular: {
        visits: columnValue(tcd, 4),
        persons: columnValue(tcd, 5),
        matters: columnValue(tcd, 6) + columnValue(tcd, 7),
        firstTime: columnValue(tcd, 6),
        repeated: columnValue(tcd, 7),
        groups: columnValue(tcd, 8),
        groupPersons: columnValue(tcd, 9),
      },
      headInPerson: headFigures(tcd, 12),
      headAuthorised: headFigures(tcd, 17),
    },
    complaintLetters: {
      toProcess: columnValue(xld, 1),
      carriedOver: columnValue(xld, 2),
      received: columnValue(xld, 3),
      processed: columnValue(xld, 4),
      eligible: columnValue(xld, 5),
      eligibleMatters: columnValue(xld, 6),
      byContent: Object.fromEntries(contentGroups.map((g) => [g, columnValue(xld, contentColumn[g])])) as Record<ContentGroup, number>,
      inCompetenceFirst: columnValue(xld, 17),
      inCompetenceSecond: columnValue(xld, 18),
      guided: columnValue(xld, 19),
      transferred: columnValue(xld, 20),
    },
    cases: Object.fromEntries(caseGroups.map((g) => [g, { ...params.cases[g] }])) as Record<CaseGroup, CaseResolutionFigures>,
  };
}
