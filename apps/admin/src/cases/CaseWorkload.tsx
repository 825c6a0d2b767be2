import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import type { Case } from './case-api';
import { filterForAssignee } from './queues';
import { workloadByAssignee } from './workload';
import { TextButton } from './TextButton';
import { scrollable } from './Section';

/** The API's largest page; the workload is counted over that many cases. */
const SAMPLE = 200;

const columns = ['active', 'resolving', 'dueSoon', 'overdue', 'pendingSignature', 'enforcing'] as const;

/**
 * Theo cán bộ: how many active cases each official holds, and how many are late or near it, so a
 * unit head can rebalance. Each row opens the list of that official's cases.
 */
export function CaseWorkload({ onPick }: { onPick(): void }) {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const { data, total, isPending, error } = useGetList<Case>('cases', {
    pagination: { page: 1, perPage: SAMPLE },
    // Latest deadlines first: open cases come before long-closed ones when the sample is cut.
    sort: { field: 'dueDate', order: 'DESC' },
  });

  if (isPending) return <LinearProgress sx={{ m: 2 }} aria-label={translate('ra.page.loading')} />;
  if (error)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {error instanceof Error ? error.message : translate('ra.notification.http_error')}
      </Alert>
    );
  const rows = workloadByAssignee(data ?? []);
  if (rows.length === 0)
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('kntc.cases.workload.empty')}
      </Alert>
    );

  return (
    <>
      {total !== undefined && total > SAMPLE ? (
        <Alert severity="warning" sx={{ m: 2 }}>
          {translate('kntc.cases.workload.sampled', { count: SAMPLE, total })}
        </Alert>
      ) : null}
      <Box sx={scrollable}>
        <Table size="small" aria-label={translate('kntc.cases.queues.workload')}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate('kntc.cases.workload.official')}
              </TableCell>
              {columns.map((column) => (
                <TableCell key={column} component="th" scope="col" align="right">
                  {translate(`kntc.cases.workload.${column}`)}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const name = row.assigneeName ?? translate('kntc.cases.unassigned');
              return (
                <TableRow key={row.assigneeId ?? 'unassigned'}>
                  <TableCell component="th" scope="row">
                    {name}
                  </TableCell>
                  {columns.map((column) => (
                    <TableCell
                      key={column}
                      align="right"
                      sx={column === 'overdue' && row.overdue > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}
                    >
                      {row[column]}
                    </TableCell>
                  ))}
                  <TableCell align="right">
                    <TextButton
                      label="kntc.cases.workload.open"
                      aria-label={translate('kntc.cases.workload.open_of', { name })}
                      onClick={() => {
                        setFilters(filterForAssignee(row.assigneeId, filterValues));
                        onPick();
                      }}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </>
  );
}
