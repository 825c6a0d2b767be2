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
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { recordPath } from './cell-records';
import type { ReportRequest } from './data-methods';
import type { OpenedCell } from './ReportTableView';

const TITLE_ID = 'report-cell-title';
const PAGE_SIZES = [25, 50, 100, 200];

/**
 * The records behind one number of the form, a page at a time, each linking to its page. The
 * records add up to the number: a persons column weighs each visit by the persons who came, and
 * that weight is shown. The total is the server's sum over every record, not over the page.
 */
export function CellDrillDown({ request, cell, periodLabel, onClose }: { request: ReportRequest; cell: OpenedCell | null; periodLabel: string; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const cellKey = cell ? JSON.stringify({ request, column: cell.column.number, unitId: cell.unitId ?? null }) : '';
  // The page belongs to the cell it was chosen in: opening another cell starts at its first page.
  const [paging, setPaging] = useState({ cellKey, page: 0, perPage: PAGE_SIZES[0] ?? 25 });
  const page = paging.cellKey === cellKey ? paging.page : 0;
  const perPage = paging.perPage;
  const key = cell ? JSON.stringify({ cellKey, page, perPage }) : '';
  const state = useLoaded(key, async (signal) => {
    if (!cell) throw new Error('ra.notification.http_error');
    const unit = cell.unitId === undefined ? {} : { unitId: cell.unitId };
    const { data } = await dataProvider.reportCell({ ...request, column: cell.column.number, ...unit, page: page + 1, perPage, signal });
    return data;
  });
  const found = state.status === 'loaded' ? state.data : currentData(state);
  const records = found?.data ?? [];
  const showWeights = found?.weighted ?? false;
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
            {found.total === 0 ? (
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
            {found.total > 0 ? (
              <TablePagination
                component="div"
                count={found.total}
                page={page}
                rowsPerPage={perPage}
                rowsPerPageOptions={PAGE_SIZES}
                onPageChange={(_, next) => setPaging({ cellKey, page: next, perPage })}
                onRowsPerPageChange={(event) => setPaging({ cellKey, page: 0, perPage: Number(event.target.value) })}
                labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
                labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
                getItemAriaLabel={(type) => translate(type === 'next' ? 'ra.navigation.next' : type === 'previous' ? 'ra.navigation.previous' : type === 'first' ? 'ra.navigation.first' : 'ra.navigation.last')}
              />
            ) : null}
            <Typography sx={{ mt: 2, fontWeight: 'bold' }} data-testid="cell-total">
              {translate('kntc.reports.drill.total', { total: found.value })}
            </Typography>
            {found.value === cell.value ? (
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
