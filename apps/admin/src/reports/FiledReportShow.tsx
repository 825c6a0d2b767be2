import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import LinearProgress from '@mui/material/LinearProgress';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, Show, TopToolbar, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { downloadBase64 } from '../reception-sessions/download';
import { CellDrillDown } from './CellDrillDown';
import type { FiledReport, FiledReportSummary, ReportRequest } from './data-methods';
import { differencesByCell } from './report-differences';
import { ReportTableView, type OpenedCell } from './ReportTableView';

/** Tải bản đã nộp: the .xlsx exactly as it was filed, not a new export. */
function DownloadFiledButton() {
  const record = useRecordContext<FiledReport>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  if (!record) return null;
  const run = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.downloadFiledReport({ id: String(record.id) });
      downloadBase64(data.fileName, data.mimeType, data.base64);
      notify('kntc.reports.filed.downloaded', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    // Contained: the toolbar sits on the page background, where primary-coloured text falls short of AA contrast.
    <Button label="kntc.reports.filed.download" variant="contained" onClick={() => void run()} disabled={pending}>
      <DownloadIcon />
    </Button>
  );
}

function ShowActions() {
  return (
    <TopToolbar>
      <DownloadFiledButton />
    </TopToolbar>
  );
}

function FiledTitle() {
  const record = useRecordContext<FiledReport>();
  const translate = useTranslate();
  return <span>{record ? translate('kntc.reports.filed.show_title', { code: record.formCode, period: record.periodLabel }) : ''}</span>;
}

/**
 * The list of filings seeds react-admin's cache with summaries, so the page may first get a record
 * without its tables; it waits for the full one rather than drawing half a report.
 */
const isFull = (record: FiledReportSummary | FiledReport): record is FiledReport => 'filed' in record && 'current' in record && 'differences' in record;

/** The numbers that changed since filing, said one by one as well as marked in the table. */
function DifferenceList({ record }: { record: FiledReport }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-labelledby="filed-differences-title">
      <CardContent>
        <Typography variant="h6" component="h2" id="filed-differences-title">
          {translate('kntc.reports.filed.differences')}
        </Typography>
        {record.differences.length === 0 ? (
          <Typography>{translate('kntc.reports.filed.no_difference')}</Typography>
        ) : (
          <>
            <Alert severity="warning" sx={{ my: 1 }}>
              {translate('kntc.reports.filed.differences_intro', { smart_count: record.differences.length })}
            </Alert>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {record.differences.map((d) => (
                <li key={`${d.unitId ?? 'total'}#${String(d.column)}`}>
                  {translate('kntc.reports.filed.difference_item', { row: d.rowLabel, number: d.column, header: d.header, filed: d.filed, current: d.current })}
                </li>
              ))}
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * Báo cáo đã nộp: what was filed, who filed it and when, the numbers as filed with each number
 * that has changed since shown as "đã nộp X → hiện tại Y", and today's numbers, drillable.
 */
function FiledReportContent() {
  const record = useRecordContext<FiledReportSummary | FiledReport>();
  const translate = useTranslate();
  const [opened, setOpened] = useState<OpenedCell | null>(null);
  if (!record) return null;
  if (!isFull(record)) return <LinearProgress aria-label={translate('ra.page.loading')} sx={{ m: 2 }} />;
  // The filed period's days: the current numbers and their records are those of the same days.
  const request: ReportRequest = { formCode: record.formCode, period: { kind: 'custom', from: record.periodFrom, to: record.periodTo } };
  const period = `${record.periodLabel} (${formatIsoDate(record.periodFrom)} – ${formatIsoDate(record.periodTo)})`;
  return (
    <Box sx={{ display: 'grid', gap: 2, p: 2, minWidth: 0 }}>
      <Box>
        <Typography variant="h6" component="h2">
          {translate('kntc.reports.caption', { code: record.formCode, title: record.formTitle })}
        </Typography>
        <Typography>{translate('kntc.reports.period_line', { label: record.periodLabel, from: formatIsoDate(record.periodFrom), to: formatIsoDate(record.periodTo) })}</Typography>
        <Typography>{translate('kntc.reports.filed.filed_by', { at: new Date(record.filedAt).toLocaleString('vi-VN', vietnamTimestamp), name: record.filedByName })}</Typography>
        {record.note ? <Typography>{translate('kntc.reports.filed.note', { note: record.note })}</Typography> : null}
      </Box>
      <DifferenceList record={record} />
      <Card variant="outlined" component="section" aria-labelledby="filed-table-title" sx={{ minWidth: 0 }}>
        <CardContent sx={{ minWidth: 0 }}>
          <Typography variant="h6" component="h2" id="filed-table-title" sx={{ mb: 1 }}>
            {translate('kntc.reports.filed.filed_table')}
          </Typography>
          <ReportTableView
            id="filed"
            table={record.filed}
            caption={translate('kntc.reports.filed.filed_caption', { code: record.formCode, period })}
            differences={differencesByCell(record.differences)}
          />
        </CardContent>
      </Card>
      <Card variant="outlined" component="section" aria-labelledby="current-table-title" sx={{ minWidth: 0 }}>
        <CardContent sx={{ minWidth: 0 }}>
          <Typography variant="h6" component="h2" id="current-table-title" sx={{ mb: 1 }}>
            {translate('kntc.reports.filed.current_table')}
          </Typography>
          <ReportTableView
            id="current"
            table={record.current}
            caption={translate('kntc.reports.filed.current_caption', { code: record.formCode, period })}
            onOpenCell={setOpened}
          />
        </CardContent>
      </Card>
      <CellDrillDown request={request} cell={opened} periodLabel={record.periodLabel} onClose={() => setOpened(null)} />
    </Box>
  );
}

export function FiledReportShow() {
  return (
    <Show actions={<ShowActions />} title={<FiledTitle />}>
      <FiledReportContent />
    </Show>
  );
}
