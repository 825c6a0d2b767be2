import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { columnTreeOf, headerRows, unconfirmedColumns, type HeaderColumn } from './header-grid';
import { cellKey, type CellDifference } from './report-differences';

/** A computed form as far as the table draws it. */
export interface ReportTableData {
  formCode: string;
  columns: HeaderColumn[];
  rows: { unitId?: string | undefined; label: string; values: number[] }[];
  total: number[];
}

/** A number the user asked to open: which column of which row, and its value. */
export interface OpenedCell {
  column: HeaderColumn;
  unitId?: string | undefined;
  rowLabel: string;
  value: number;
}

export interface ReportTableViewProps {
  table: ReportTableData;
  caption: string;
  /** Unique on the page: the footnote of unconfirmed columns is named after it. */
  id: string;
  /** When set, every number is a button that opens the records behind it. */
  onOpenCell?: ((cell: OpenedCell) => void) | undefined;
  /** Cells whose current value differs from this (filed) table's, by `cellKey`. */
  differences?: ReadonlyMap<string, CellDifference> | undefined;
}

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

const bordered = { border: 1, borderColor: 'divider', px: 1, py: 0.5 } as const;

/**
 * A statutory form in its printed layout: the header tree as merged header cells, the row of
 * column numbers, one row per unit and the total row. Columns not confirmed against the circular
 * are starred, with their reason in the cell's title and in a footnote under the table.
 */
export function ReportTableView({ table, caption, id, onOpenCell, differences }: ReportTableViewProps) {
  const translate = useTranslate();
  const tree = columnTreeOf(table);
  const header = headerRows(tree);
  const unconfirmed = unconfirmedColumns(table.columns);
  const footnoteId = `${id}-unconfirmed`;
  // A 'total' form's single row is the total row itself.
  const unitRows = table.rows.filter((row) => row.unitId !== undefined);
  const totalLabel = translate('kntc.reports.total');

  const valueCell = (unitId: string | undefined, rowLabel: string, column: HeaderColumn, value: number) => {
    const difference = differences?.get(cellKey(unitId, column.number));
    let content;
    if (difference) {
      content = (
        <Box component="mark" data-difference="" sx={{ bgcolor: '#fff3cd', color: 'text.primary', fontWeight: 'bold', px: 0.5, whiteSpace: 'nowrap' }}>
          {translate('kntc.reports.filed.difference_cell', { filed: difference.filed, current: difference.current })}
        </Box>
      );
    } else if (onOpenCell) {
      content = (
        <Link
          component="button"
          type="button"
          onClick={() => onOpenCell({ column, unitId, rowLabel, value })}
          aria-label={translate('kntc.reports.open_cell', { value, number: column.number, header: column.header, row: rowLabel })}
          sx={{ font: 'inherit', fontWeight: value > 0 ? 'bold' : 'normal' }}
        >
          {value}
        </Link>
      );
    } else {
      content = value;
    }
    return (
      <TableCell key={column.number} align="right" sx={{ ...bordered, ...(difference ? { bgcolor: '#fff3cd' } : {}) }}>
        {content}
      </TableCell>
    );
  };

  const bodyRow = (unitId: string | undefined, label: string, values: readonly number[], isTotal: boolean) => (
    <TableRow key={unitId ?? 'total'} sx={isTotal ? { '& th, & td': { fontWeight: 'bold' } } : undefined}>
      <TableCell component="th" scope="row" sx={bordered}>
        {label}
      </TableCell>
      {table.columns.map((column, i) => valueCell(unitId, label, column, values[i] ?? 0))}
    </TableRow>
  );

  return (
    <Box>
      <Box
        role="region"
        aria-label={translate('kntc.reports.table_region', { code: table.formCode })}
        // Focusable, so a keyboard user can scroll a wide form sideways.
        tabIndex={0}
        // Inline-size containment: a 21-column form scrolls inside its box instead of widening the page.
        sx={{ overflowX: 'auto', maxWidth: '100%', contain: 'inline-size' }}
      >
        <Table size="small" sx={{ borderCollapse: 'collapse', width: 'auto', minWidth: '100%', '& caption': { captionSide: 'top', textAlign: 'left', fontWeight: 'bold', px: 0 } }}>
          <caption>{caption}</caption>
          <TableHead>
            {header.map((cells, level) => (
              <TableRow key={level}>
                {level === 0 ? (
                  <TableCell component="th" scope="col" rowSpan={header.length} sx={{ ...bordered, fontWeight: 'bold', minWidth: 160 }}>
                    {translate('kntc.reports.unit')}
                  </TableCell>
                ) : null}
                {cells.map((cell) => (
                  <TableCell
                    key={cell.key}
                    component="th"
                    scope={cell.column ? 'col' : 'colgroup'}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    align="center"
                    title={cell.column?.confidence === 'U' ? cell.column.note ?? translate('kntc.reports.unconfirmed') : undefined}
                    aria-describedby={cell.column?.confidence === 'U' ? footnoteId : undefined}
                    sx={{ ...bordered, fontWeight: 'bold', verticalAlign: 'middle' }}
                  >
                    {cell.text}
                    {cell.column?.confidence === 'U' ? (
                      <>
                        <Box component="sup" aria-hidden="true">
                          *
                        </Box>
                        <Box component="span" sx={visuallyHidden}>
                          {` (${translate('kntc.reports.unconfirmed')})`}
                        </Box>
                      </>
                    ) : null}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="td" align="center" sx={{ ...bordered, fontStyle: 'italic' }}>
                A
              </TableCell>
              {table.columns.map((column) => (
                <TableCell key={column.number} component="td" align="center" sx={{ ...bordered, fontStyle: 'italic' }}>
                  {column.number}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {unitRows.map((row) => bodyRow(row.unitId, row.label, row.values, false))}
            {bodyRow(undefined, totalLabel, table.total, true)}
          </TableBody>
        </Table>
      </Box>
      {unconfirmed.length > 0 ? (
        <Box id={footnoteId} sx={{ mt: 1 }}>
          <Typography variant="body2">{translate('kntc.reports.unconfirmed_title')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {unconfirmed.map((column) => (
              <Typography component="li" variant="body2" key={column.number}>
                {column.note
                  ? translate('kntc.reports.unconfirmed_item', { number: column.number, header: column.header, note: column.note })
                  : translate('kntc.reports.unconfirmed_no_note', { number: column.number, header: column.header })}
              </Typography>
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
