import { deadlineUnitLabels } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDateWithWeekday } from '../legal-clock/civil-date';
import { DeadlineSteps } from '../legal-clock/DeadlineSteps';
import { ConfidenceChip } from '../legal-clock/ConfidenceChip';
import { DeadlineChip } from '../legal-clock/DeadlineChip';
import type { Petition, PetitionDeadline } from '../providers/data-provider';
import { usePetitionDeadline } from './use-petition-deadline';

function Term({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ mt: 1.5 }}>
        {translate(label)}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}

function DeadlineDetails({ deadline, record }: { deadline: NonNullable<PetitionDeadline>; record: Petition }) {
  return (
    <>
      <Box component="dl" sx={{ m: 0 }}>
        <Term label="kntc.deadlines.due">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <strong>{formatDateWithWeekday(deadline.due)}</strong>
            <DeadlineChip status={record.deadlineStatus} />
          </Stack>
        </Term>
        <Term label="kntc.deadlines.rule">
          {deadline.label} – {deadline.days} {deadlineUnitLabels[deadline.unit]}
        </Term>
        <Term label="kntc.deadlines.basis">
          <span>{deadline.basis}</span>{' '}
          <ConfidenceChip mark={deadline.confidence} />
        </Term>
      </Box>
      <DeadlineSteps deadline={deadline} />
    </>
  );
}

/**
 * Thời hạn xử lý, beside the letter: the due date, the rule and its legal basis, and every
 * step of the computation, so an official can check the date by hand or explain it to the citizen.
 */
export function DeadlinePanel() {
  const record = useRecordContext<Petition>();
  const translate = useTranslate();
  const state = usePetitionDeadline(record);
  const titleId = useId();
  if (!record) return null;
  return (
    <Card component="aside" aria-labelledby={titleId} sx={{ width: { xs: '100%', md: 400 }, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2">
          {translate('kntc.deadlines.panel_title')}
        </Typography>
        {state.status === 'loading' ? <LinearProgress sx={{ mt: 2 }} aria-label={translate('ra.page.loading')} /> : null}
        {state.status === 'failed' ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {translate(state.message)}
          </Alert>
        ) : null}
        {state.status === 'loaded' && state.deadline === null ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('kntc.deadlines.no_running_deadline')}
          </Typography>
        ) : null}
        {state.status === 'loaded' && state.deadline !== null ? <DeadlineDetails deadline={state.deadline} record={record} /> : null}
      </CardContent>
    </Card>
  );
}
