import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatIsoDateVi, planItemStatuses, todayInVietnam } from '@kntc/domain';
import { useId, useState } from 'react';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import type { AnnualPlan, PlanProgressView } from '../office/data-methods';
import { itemLabel } from './choices';
import { ExportSummaryButton } from './ExportSummaryButton';
import { defaultPlanYear, planYearChoices } from './plan-status';
import { PlanItemStatusChip } from './PlanItemStatusChip';
import { ProgressButton } from './ProgressButton';
import { TimeFrameText } from './TimeFrameText';
import { usePlanProgress } from './use-plan-progress';

type ViewItem = PlanProgressView['items'][number];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} sx={{ mb: 2 }}>
      <CardContent>
        <Typography id={id} variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Summary({ view }: { view: PlanProgressView }) {
  const translate = useTranslate();
  const { progress } = view;
  return (
    <Section title={translate('kntc.office.progress.summary', { year: view.year })}>
      <Typography>{translate('kntc.office.progress.total', { total: progress.total })}</Typography>
      <Typography id="plan-percent-done">{translate('kntc.office.progress.percent_done', { percent: progress.percentDone })}</Typography>
      <LinearProgress variant="determinate" value={progress.percentDone} aria-labelledby="plan-percent-done" sx={{ my: 1, height: 8 }} />
      <Box component="ul" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }}>
        {planItemStatuses.map((status) => (
          <li key={status}>
            <PlanItemStatusChip status={status} /> <strong>{progress.byStatus[status]}</strong>
          </li>
        ))}
      </Box>
      <Box sx={{ mt: 1, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {view.plans.map((plan) => (
          <Box key={plan.id} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Link to={`/annualPlans/${plan.id}/show`}>{translate('kntc.office.progress.plan', { number: plan.number, date: formatIsoDateVi(plan.date) })}</Link>
            <ExportSummaryButton planId={plan.id} />
          </Box>
        ))}
      </Box>
    </Section>
  );
}

function LateItems({ view }: { view: PlanProgressView }) {
  const translate = useTranslate();
  const late = view.progress.lateItems;
  return (
    <Section title={translate('kntc.office.progress.late_title')}>
      {late.length === 0 ? (
        <Typography>{translate('kntc.office.progress.no_late')}</Typography>
      ) : (
        <ul>
          {late.map((item) => (
            <li key={item.id}>
              <Link to={`/planItems/${item.id}/show`}>{`${translate(itemLabel('code'))} ${item.code}`}</Link>
              {`: ${item.content} — ${translate('kntc.office.progress.days_late', { days: item.daysLate, date: formatIsoDateVi(item.dueDate) })}`}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function LatestNote({ item }: { item: ViewItem }) {
  const translate = useTranslate();
  const latest = item.lastProgress;
  if (!latest) return <>{translate('kntc.office.plans.no_progress')}</>;
  return <>{translate('kntc.office.plans.progress_by', { date: formatIsoDateVi(latest.date), author: latest.authorName, note: latest.note })}</>;
}

function ItemsTable({ view, onSaved }: { view: PlanProgressView; onSaved: () => void }) {
  const translate = useTranslate();
  return (
    <Section title={translate('kntc.office.progress.items_title')}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              {['code', 'content', 'leadText', 'coordinatingText', 'timeFrame', 'status', 'lastProgress'].map((f) => (
                <TableCell key={f} component="th" scope="col">
                  {translate(itemLabel(f))}
                </TableCell>
              ))}
              <TableCell component="th" scope="col">
                {translate('kntc.office.plans.progress')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {view.items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link to={`/planItems/${item.id}/show`}>{item.code}</Link>
                </TableCell>
                <TableCell>{item.content}</TableCell>
                <TableCell>{item.leadText}</TableCell>
                <TableCell>{item.coordinatingText || '—'}</TableCell>
                <TableCell>
                  <TimeFrameText item={item} />
                </TableCell>
                <TableCell>
                  <PlanItemStatusChip status={item.status} />
                </TableCell>
                <TableCell>
                  <LatestNote item={item} />
                </TableCell>
                <TableCell>
                  <ProgressButton item={item} onSaved={onSaved} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Section>
  );
}

/**
 * Tiến độ kế hoạch for leaders: the year's items counted by status, the late ones most overdue
 * first, and each item with its latest note; the year-end summary exports from here too.
 */
export function PlanProgressPage() {
  const translate = useTranslate();
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const plans = useGetList<AnnualPlan>('annualPlans', { pagination: { page: 1, perPage: 100 }, sort: { field: 'year', order: 'DESC' } });
  const years = (plans.data ?? []).map((p) => p.year);
  const [chosen, setChosen] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const year = chosen ?? (plans.isPending ? null : defaultPlanYear(years, currentYear));
  const { view, isLoading, error } = usePlanProgress(year, version);
  const title = translate('kntc.office.progress.title');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={title} />
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <MuiTextField
        select
        size="small"
        label={translate('kntc.office.progress.year')}
        value={year ?? ''}
        onChange={(e) => setChosen(Number(e.target.value))}
        sx={{ minWidth: '8em', mb: 2 }}
      >
        {planYearChoices(years, currentYear).map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </MuiTextField>
      {isLoading ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {error ? <Alert severity="error">{translate(error)}</Alert> : null}
      {view && view.year === year ? (
        view.plans.length === 0 ? (
          <Typography>{translate('kntc.office.progress.no_plan', { year: view.year })}</Typography>
        ) : (
          <>
            <Summary view={view} />
            <LateItems view={view} />
            <ItemsTable view={view} onSaved={() => setVersion((v) => v + 1)} />
          </>
        )
      ) : null}
    </Box>
  );
}
