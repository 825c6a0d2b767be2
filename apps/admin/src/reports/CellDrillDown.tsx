import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MuiButton from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { cellRecordsTotal, hasWeights, recordPath } from './cell-records';
import type { ReportRequest } from './data-methods';
import type { OpenedCell } from './ReportTableView';

const TITLE_ID = 'report-cell-title';

/**
 * The records behind one number of the form, each linking to its page. The list adds up to the
 * number: a persons column weighs each visit by the persons who came, and that weight is shown.
 */
export function CellDrillDown({ request, cell, periodLabel, onClose }: { request: ReportRequest; cell: OpenedCell | null; periodLabel: string; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const key = cell ? JSON.stringify({ request, column: cell.column.number, unitId: cell.unitId ?? null }) : '';
  const state = useLoaded(key, async (signal) => {
    if (!cell) throw new Error('ra.notification.http_error');
    const { data } = await dataProvider.reportCell({ ...request, column: cell.column.number, ...(cell.unitId === undefined ? {} : { unitId: cell.unitId }), signal });
    return data;
  });
  const found = state.status === 'loaded' ? state.data : currentData(state);
  const records = found?.records ?? [];
  const total = cellRecordsTotal(records);
  const showWeights = hasWeights(records);
  return (
    <Dialog open={cell !== null} onClose={onClose} aria-labelledby={TITLE_ID} fullWidth maxWidth="md">
      <DialogTitle id={TITLE_ID}>
        {cell ? translate('kntc.reports.drill.title', { number: cell.column.number, header: cell.column.header }) : ''}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {cell ? translate('kntc.reports.drill.subtitle', { row: cell.rowLabel, period: periodLabel }) : ''}
        </Typography>
      </DialogTitle>
      <DialogContent>
        {state.status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
        {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
        {found && cell ? (
          <>
            {records.length === 0 ? (
              <Typography>{translate('kntc.reports.drill.empty')}</Typography>
            ) : (
              <Table size="small">
                <caption>{translate('kntc.reports.drill.list')}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell scope="col">{translate('kntc.reports.drill.reference')}</TableCell>
                    <TableCell scope="col">{translate('kntc.reports.drill.date')}</TableCell>
                    <TableCell scope="col">{translate('kntc.reports.drill.kind')}</TableCell>
                    <TableCell scope="col">{translate('kntc.reports.drill.summary')}</TableCell>
                    {showWeights ? (
                      <TableCell scope="col" align="right">
                        {translate('kntc.reports.drill.weight')}
                      </TableCell>
                    ) : null}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {records.map((record) => (
                    <TableRow key={`${record.source}:${record.id}`}>
                      <TableCell component="th" scope="row">
                        <Link to={recordPath(record)}>{record.reference}</Link>
                      </TableCell>
                      <TableCell>{formatIsoDate(record.date)}</TableCell>
                      <TableCell>{record.kindLabel}</TableCell>
                      <TableCell>{record.summary}</TableCell>
                      {showWeights ? <TableCell align="right">{record.weight}</TableCell> : null}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Typography sx={{ mt: 2, fontWeight: 'bold' }} data-testid="cell-total">
              {translate('kntc.reports.drill.total', { total })}
            </Typography>
            {total === cell.value && found.value === cell.value ? (
              <Typography variant="body2">{translate('kntc.reports.drill.matches', { value: cell.value })}</Typography>
            ) : (
              <Alert severity="warning">{translate('kntc.reports.drill.mismatch', { value: cell.value })}</Alert>
            )}
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('kntc.reports.drill.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
}
