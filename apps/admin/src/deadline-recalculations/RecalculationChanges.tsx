import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { DeadlineRecalculation } from '../providers/data-provider';

/** The letters one recalculation moved: receipt number, old due date → new due date. */
export function RecalculationChanges() {
  const record = useRecordContext<DeadlineRecalculation>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canOpenLetters } = useCanAccess({ action: 'show', resource: 'petitions' });
  if (!record) return null;
  return (
    <Table size="small" aria-label={translate('kntc.recalculations.changes_of', { reason: record.reason })} sx={{ maxWidth: 640 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('kntc.recalculations.receipt_number')}</TableCell>
          <TableCell>{translate('kntc.recalculations.from')}</TableCell>
          <TableCell>{translate('kntc.recalculations.to')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.changes.map((change) => {
          const name = change.receiptNumber ?? translate('kntc.petitions.no_receipt');
          return (
            <TableRow key={change.petitionId}>
              <TableCell>
                {canOpenLetters ? (
                  <Link to={createPath({ resource: 'petitions', id: change.petitionId, type: 'show' })}>{name}</Link>
                ) : (
                  name
                )}
              </TableCell>
              <TableCell>{change.from ? formatIsoDate(change.from) : '—'}</TableCell>
              <TableCell>{formatIsoDate(change.to)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
