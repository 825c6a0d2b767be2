import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { todayInVietnam } from '@kntc/domain';
import { useState } from 'react';
import { Title, useDataProvider, useRefresh, useStore, useTranslate } from 'react-admin';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { CellDrillDown } from './CellDrillDown';
import type { ReportRequest } from './data-methods';
import { ExportReportButton } from './ExportReportButton';
import { FiledNotice, useFiling } from './FiledNotice';
import { FileReportButton } from './FileReportButton';
import { defaultPeriodChoice, periodRequestOf, type PeriodChoice } from './period-choice';
import { PeriodPicker } from './PeriodPicker';
import { ReportTableView, type OpenedCell } from './ReportTableView';

/**
 * Báo cáo thống kê: choose a form and a period, read the form in its printed layout, open any
 * number to see the records behind it, export it, and (for leaders) file it as the period's report.
 * The choice is kept in the store, so coming back from a record finds the same report.
 */
export function ReportPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [formCode, setFormCode] = useStore<string>('reports.formCode', '');
  const [choice, setChoice] = useStore<PeriodChoice>('reports.period', defaultPeriodChoice(todayInVietnam()));
  const [opened, setOpened] = useState<OpenedCell | null>(null);
  const refresh = useRefresh();

  const formsState = useLoaded('report-forms', async (signal) => (await dataProvider.reportForms({ signal })).data);
  const forms = formsState.status === 'loaded' ? formsState.data : [];
  const form = forms.find((f) => f.code === formCode) ?? forms[0];
  const periodResult = periodRequestOf(choice);
  const request: ReportRequest | undefined = form && periodResult.ok ? { formCode: form.code, period: periodResult.request } : undefined;

  const tableState = useLoaded(request ? JSON.stringify(request) : '', async (signal) => {
    if (!request) throw new Error('ra.notification.http_error');
    return (await dataProvider.reportTable({ ...request, signal })).data;
  });
  const table = currentData(tableState);
  // While the next choice loads the previous table stays, but its numbers must not be opened as the new one's.
  const isCurrent = tableState.status === 'loaded';
  const filing = useFiling(form?.code, periodResult.ok ? periodResult.period : undefined);

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, minWidth: 0 }}>
      <Title title="kntc.reports.title" />
      <Card variant="outlined" component="section" aria-labelledby="report-choice-title">
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="h6" component="h2" id="report-choice-title">
            {translate('kntc.reports.choose')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('kntc.reports.intro')}
          </Typography>
          {formsState.status === 'failed' ? <Alert severity="error">{translate(formsState.message)}</Alert> : null}
          <TextField
            select
            label={translate('kntc.reports.form')}
            value={form?.code ?? ''}
            onChange={(e) => setFormCode(e.target.value)}
            sx={{ maxWidth: 720 }}
          >
            {forms.map((f) => (
              <MenuItem key={f.code} value={f.code}>
                {translate('kntc.reports.form_option', { code: f.code, title: f.title })}
              </MenuItem>
            ))}
          </TextField>
          <PeriodPicker value={choice} result={periodResult} onChange={setChoice} />
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <ExportReportButton request={request} disabled={!isCurrent} />
            <FileReportButton
              request={request}
              periodLabel={periodResult.ok ? periodResult.period.label : ''}
              disabled={!isCurrent || filing !== undefined}
              onFiled={refresh}
            />
          </Box>
          {filing ? <FiledNotice filed={filing} /> : null}
        </CardContent>
      </Card>

      {tableState.status === 'loading' ? <LinearProgress aria-label={translate('kntc.reports.loading')} /> : null}
      {tableState.status === 'failed' ? <Alert severity="error">{translate(tableState.message)}</Alert> : null}
      {table && form ? (
        <Card variant="outlined" component="section" aria-labelledby="report-table-title" sx={{ minWidth: 0 }}>
          <CardContent sx={{ display: 'grid', gap: 1, minWidth: 0 }}>
            <Typography variant="h6" component="h2" id="report-table-title">
              {translate('kntc.reports.caption', { code: table.formCode, title: table.title })}
            </Typography>
            <Typography>
              {translate('kntc.reports.period_line', { label: table.period.label, from: formatIsoDate(table.period.from), to: formatIsoDate(table.period.to) })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('kntc.reports.carry_over', { date: formatIsoDate(table.carryOverDate) })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('kntc.reports.basis', { basis: form.basis })}
            </Typography>
            {form.confidence === 'U' ? <Alert severity="warning">{translate('kntc.reports.form_unconfirmed')}</Alert> : null}
            <ReportTableView
              id="report"
              table={table}
              caption={`${translate('kntc.reports.caption', { code: table.formCode, title: table.title })}. ${table.period.label}`}
              onOpenCell={isCurrent ? setOpened : undefined}
            />
          </CardContent>
        </Card>
      ) : null}
      {request && table ? <CellDrillDown request={request} cell={opened} periodLabel={table.period.label} onClose={() => setOpened(null)} /> : null}
    </Box>
  );
}
