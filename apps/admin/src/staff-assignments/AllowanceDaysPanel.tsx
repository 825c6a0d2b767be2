import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatIsoDateVi, isIsoDate, todayInVietnam } from '@kntc/domain';
import { useEffect, useId, useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { AllowanceDaysRow, StaffAssignment } from '../office/data-methods';
import { currentMonth, formatDong } from './assignment-form';

type State = { status: 'loading' } | { status: 'loaded'; row: AllowanceDaysRow | undefined } | { status: 'failed'; message: string };

const dayList = (days: readonly string[]) => days.map(formatIsoDateVi).join(', ');

/**
 * Ngày tiếp công dân of the record's official over a chosen period (this month by default), with
 * the allowance at the rates in force each day and what still needs checking before paying.
 */
export function AllowanceDaysPanel() {
  const assignment = useRecordContext<StaffAssignment>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const headingId = useId();
  const [period, setPeriod] = useState(() => currentMonth(todayInVietnam()));
  const [state, setState] = useState<State>({ status: 'loading' });
  const userId = assignment?.userId;
  const isValid = isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;

  useEffect(() => {
    if (!userId || !isValid) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    dataProvider
      .allowanceDays({ from: period.from, to: period.to, signal: controller.signal })
      .then(({ data }) => setState({ status: 'loaded', row: data.find((r) => r.userId === userId) }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', message: error instanceof Error ? error.message : 'ra.notification.http_error' });
      });
    return () => controller.abort();
  }, [dataProvider, userId, period.from, period.to, isValid]);

  const row = state.status === 'loaded' ? state.row : undefined;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {translate('kntc.office.staff.days_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('kntc.office.staff.days_hint')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <MuiTextField type="date" size="small" label={translate('kntc.office.staff.from')} value={period.from} onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))} slotProps={{ inputLabel: { shrink: true } }} />
        <MuiTextField type="date" size="small" label={translate('kntc.office.staff.to')} value={period.to} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))} slotProps={{ inputLabel: { shrink: true } }} />
      </Box>
      {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
      {state.status === 'loaded' && (!row || row.dayCount === 0) ? <Typography>{translate('kntc.office.staff.no_days')}</Typography> : null}
      {row && row.dayCount > 0 ? (
        <Box aria-live="polite">
          <Typography sx={{ fontWeight: 'bold' }}>{translate('kntc.office.staff.day_count', { count: row.dayCount })}</Typography>
          <Typography variant="body2">{translate('kntc.office.staff.days_list', { days: dayList(row.days) })}</Typography>
          <ul>
            {row.lines.map((line) => (
              <li key={line.rateId}>
                {translate('kntc.office.staff.line', { days: line.days, rate: formatDong(line.amountPerDay), amount: formatDong(line.amount), basis: line.legalBasis })}
              </li>
            ))}
          </ul>
          <Typography sx={{ fontWeight: 'bold' }}>{translate('kntc.office.staff.amount', { amount: formatDong(row.amount) })}</Typography>
          {row.hasUnconfirmedRate ? <Alert severity="warning" sx={{ mt: 1 }}>{translate('kntc.office.staff.unconfirmed')}</Alert> : null}
          {row.unentitledDays.length > 0 ? (
            <Alert severity="info" sx={{ mt: 1 }}>{translate('kntc.office.staff.unentitled', { days: dayList(row.unentitledDays) })}</Alert>
          ) : null}
          {row.unratedDays.length > 0 ? (
            <Alert severity="warning" sx={{ mt: 1 }}>{translate('kntc.office.staff.unrated', { days: dayList(row.unratedDays) })}</Alert>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
