import { deadlineUnitLabels } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { formatDateWithWeekday } from '../legal-clock/civil-date';
import { DeadlineSteps } from '../legal-clock/DeadlineSteps';
import { ConfidenceChip } from '../legal-clock/ConfidenceChip';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Case, CaseDeadline } from './case-api';
import { CaseDeadlineChip } from './CaseDeadlineChip';
import { Item } from './Section';
import { useCaseData } from './use-case-data';

/** Why the clock does not run, when it does not: the computation below still explains the date. */
function ClockNote({ record }: { record: Case }) {
  const translate = useTranslate();
  if (record.deadlineStatus) return null;
  if (record.status === 'suspended') {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('kntc.cases.deadline.suspended')}
      </Alert>
    );
  }
  if (record.status === 'terminated')
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('kntc.cases.deadline.terminated')}
      </Alert>
    );
  return (
    <Alert severity="success" sx={{ mt: 2 }}>
      {translate(record.kind === 'denunciation' ? 'kntc.cases.deadline.concluded' : 'kntc.cases.deadline.decided', {
        date: record.signedDate ? formatDateWithWeekday(record.signedDate) : '—',
      })}
      {record.sendDueDate && !record.sentDate
        ? ` ${translate('kntc.cases.deadline.send_by', { date: formatDateWithWeekday(record.sendDueDate) })}`
        : null}
    </Alert>
  );
}

function DeadlineDetails({ deadline, record }: { deadline: CaseDeadline; record: Case }) {
  const translate = useTranslate();
  return (
    <>
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1.5, mt: 1.5 }}>
        <Item label="kntc.cases.deadline.due">
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <strong>{formatDateWithWeekday(deadline.due)}</strong>
            <CaseDeadlineChip status={record.status} deadlineStatus={record.deadlineStatus} />
          </Stack>
        </Item>
        <Item label="kntc.deadlines.rule">
          {deadline.label} – {deadline.days} {deadlineUnitLabels[deadline.unit]}
        </Item>
        <Item label="kntc.cases.deadline.counted">
          {translate('kntc.cases.deadline.counted_value', {
            base: deadline.baseDays,
            extensions: deadline.extensions,
            suspended: deadline.suspendedDays,
          })}
        </Item>
        <Item label="kntc.deadlines.basis">
          <span>{deadline.basis}</span> <ConfidenceChip mark={deadline.confidence} />
        </Item>
      </Box>
      <DeadlineSteps deadline={deadline} />
    </>
  );
}

/**
 * Thời hạn giải quyết, beside the case: the due date, the rule and its basis, what lengthened it
 * (complexity, remote area, extensions, days suspended), and every step of the computation.
 */
export function CaseDeadlinePanel() {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const titleId = useId();
  const id = record ? String(record.id) : undefined;
  const state = useCaseData(id ? (signal) => dataProvider.caseDeadline({ id, signal }) : undefined, [id, record?.version, record?.dueDate]);
  if (!record) return null;
  return (
    <Card component="aside" aria-labelledby={titleId} sx={{ width: { xs: '100%', md: 400 }, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2">
          {translate('kntc.cases.deadline.title')}
        </Typography>
        <ClockNote record={record} />
        {state.status === 'loading' ? <LinearProgress sx={{ mt: 2 }} aria-label={translate('ra.page.loading')} /> : null}
        {state.status === 'failed' ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {translate(state.message)}
          </Alert>
        ) : null}
        {state.status === 'loaded' ? <DeadlineDetails deadline={state.data} record={record} /> : null}
      </CardContent>
    </Card>
  );
}
