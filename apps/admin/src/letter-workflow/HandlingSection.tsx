import {
  competenceLabels,
  eligibilityConditionLabels,
  handlingOutcomeLabels,
  petitionKindLabels,
} from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { Link, useCreatePath, useDataProvider, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { currentData, useLoaded } from './use-loaded';

const terms = {
  m: 0,
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'minmax(180px, max-content) 1fr' },
  columnGap: 2,
  rowGap: 0.75,
  '& dt': { color: 'text.secondary', typography: 'body2' },
  '& dd': { m: 0, typography: 'body2' },
} as const;

/** A term and its value; the value is named by its term, so assistive technology reads them as a pair. */
function Term({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  const id = useId();
  return (
    <>
      <dt id={id}>{translate(label)}</dt>
      <dd aria-labelledby={id}>{children}</dd>
    </>
  );
}

const yesNo = (value: boolean) => (value ? 'ra.boolean.true' : 'ra.boolean.false');

function ClassificationTerms({ record }: { record: Petition }) {
  const translate = useTranslate();
  const c = record.classification;
  if (!c) {
    return (
      <Term label="kntc.letters.handling.classification">
        {translate('kntc.letters.handling.not_classified')}
      </Term>
    );
  }
  return (
    <>
      <Term label="kntc.letters.handling.kind">{petitionKindLabels[c.kind]}</Term>
      <Term label="kntc.letters.handling.competence">{competenceLabels[c.competence]}</Term>
      <Term label="kntc.letters.handling.eligibility">
        {c.failedConditions.length === 0 ? (
          translate('kntc.letters.classify.eligible')
        ) : (
          <>
            {translate('kntc.letters.handling.failed_conditions')}
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {c.failedConditions.map((condition) => (
                <li key={condition}>{eligibilityConditionLabels[condition]}</li>
              ))}
            </Box>
          </>
        )}
      </Term>
      {c.kind === 'complaint' ? (
        <Term label="kntc.letters.classify.complaint_round">
          {translate(c.complaintRound === 'second' ? 'kntc.letters.classify.round_second' : 'kntc.letters.classify.round_first')}
        </Term>
      ) : null}
      {c.kind === 'denunciation' ? (
        <Term label="kntc.letters.classify.is_anonymous">{translate(yesNo(c.isAnonymous))}</Term>
      ) : null}
      {c.hasSignsOfCrime ? <Term label="kntc.letters.classify.has_signs_of_crime">{translate('ra.boolean.true')}</Term> : null}
      {c.isOverdueAtLowerBody ? <Term label="kntc.letters.classify.is_overdue_at_lower_body">{translate('ra.boolean.true')}</Term> : null}
      {c.note ? <Term label="kntc.letters.classify.note">{c.note}</Term> : null}
    </>
  );
}

/** "Đơn trùng của 12/2026": the original is fetched for its receipt number and its repeat count. */
function DuplicateOf({ id }: { id: string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: original } = useGetOne<Petition>('petitions', { id });
  const receipt = original?.receiptNumber ?? '…';
  return (
    <Term label="kntc.letters.handling.duplicate_of">
      <Link to={createPath({ resource: 'petitions', id, type: 'show' })}>{translate('kntc.letters.duplicates.letter_link', { receipt })}</Link>
      {original ? ` · ${translate('kntc.letters.handling.original_repeats', { smart_count: original.repeatCount })}` : null}
    </Term>
  );
}

/** The case an accepted complaint or denunciation opened, with a link to it. */
function OpenedCase({ record }: { record: Petition }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const createPath = useCreatePath();
  const state = useLoaded(record.status === 'accepted' ? `${record.id}:${record.version}` : '', async (signal) => {
    const { data } = await dataProvider.petitionCases({ id: record.id, signal });
    return Array.isArray(data) ? data : [];
  });
  const cases = currentData(state) ?? [];
  if (state.status === 'failed') return <Term label="kntc.letters.handling.case">{translate(state.message)}</Term>;
  if (cases.length === 0) return null;
  return (
    <Term label="kntc.letters.handling.case">
      {cases.map((c) => (
        <Box key={c.id}>
          <Link to={createPath({ resource: 'cases', id: c.id, type: 'show' })}>
            {translate('kntc.letters.handling.case_link', { number: c.caseNumber ?? '' })}
          </Link>
        </Box>
      ))}
    </Term>
  );
}

/**
 * Xử lý đơn: how the letter was classified, what was proposed, whether it repeats another
 * letter or is repeated, and the case it opened. Shown under the letter on its page.
 */
export function HandlingSection() {
  const record = useRecordContext<Petition>();
  const translate = useTranslate();
  const titleId = useId();
  if (!record || record.status === 'draft') return null;
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('kntc.letters.handling.title')}
        </Typography>
        {record.status === 'pending_approval' ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('kntc.letters.handling.awaiting_approval')}
          </Alert>
        ) : null}
        <Box component="dl" sx={terms}>
          <ClassificationTerms record={record} />
          {record.proposedOutcome ? (
            <Term label="kntc.letters.proposal.outcome">{handlingOutcomeLabels[record.proposedOutcome]}</Term>
          ) : null}
          {record.proposalNote ? <Term label="kntc.letters.proposal.note">{record.proposalNote}</Term> : null}
          {record.duplicateOfId ? <DuplicateOf id={record.duplicateOfId} /> : null}
          <Term label="kntc.letters.handling.repeat_count">{record.repeatCount.toLocaleString('vi-VN')}</Term>
          <OpenedCase record={record} />
        </Box>
      </CardContent>
    </Card>
  );
}
