import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { DashboardCell, DashboardTable } from '@kntc/domain';
import { useTranslate } from 'react-admin';
import { formatCell } from './chart-series';

function Row({ table, cells, isTotal }: { table: DashboardTable; cells: DashboardCell[]; isTotal: boolean }) {
  return (
    <TableRow sx={isTotal ? { '& th, & td': { fontWeight: 700 } } : undefined}>
      {table.columns.map((column, i) => {
        const text = formatCell(cells[i] ?? null, column.kind);
        // The first column names the row (a month, a stage, an officer): a header cell for screen readers.
        return i === 0 ? (
          <TableCell key={column.key} component="th" scope="row">
            {text}
          </TableCell>
        ) : (
          <TableCell key={column.key} align={column.kind === 'text' ? 'left' : 'right'}>
            {text}
          </TableCell>
        );
      })}
    </TableRow>
  );
}

/** Bảng số liệu: the chart's figures as a real table with its caption, the total row last. */
export function DataTable({ table, id }: { table: DashboardTable; id: string }) {
  const translate = useTranslate();
  return (
    // A scrolling region must be reachable from the keyboard, and named.
    <TableContainer id={id} role="region" tabIndex={0} aria-label={translate('kntc.dashboard.leaders.table_caption', { title: table.title })} sx={{ mt: 1, maxHeight: 420 }}>
      <Table size="small" stickyHeader>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0', fontWeight: 600 }}>
          {translate('kntc.dashboard.leaders.table_caption', { title: table.title })}
        </caption>
        <TableHead>
          <TableRow>
            {table.columns.map((column) => (
              <TableCell key={column.key} scope="col" align={column.kind === 'text' ? 'left' : 'right'}>
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((cells, r) => (
            <Row key={r} table={table} cells={cells} isTotal={false} />
          ))}
          {table.total ? <Row table={table} cells={table.total} isTotal /> : null}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
