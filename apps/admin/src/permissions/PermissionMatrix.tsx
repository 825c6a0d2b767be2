import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { noScopeLabel, roleCodes, roleLabels, scopeLabels, type ActionCode, type RoleCode } from '@kntc/domain';
import { useMemo, useState } from 'react';
import { Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import { useLoaded } from '../letter-workflow/use-loaded';
import type { KntcDataProvider } from '../providers/data-provider';
import { isConflict } from '../providers/http-error';
import type { PermissionCell } from './data-methods';
import { fromCellValue, isLocked, permissionRows, scopeChoices, toCellValue } from './permission-grid';

const keyOf = (cell: { role: RoleCode; action: ActionCode }) => `${cell.role}|${cell.action}`;

/** Who changed a cell and when, for its tooltip; a cell at the shipped default says so. */
function useProvenance() {
  const translate = useTranslate();
  return (cell: PermissionCell) =>
    cell.edited && cell.updatedAt
      ? translate('kntc.permissions.edited_by', {
          name: cell.updatedByName ?? '—',
          at: new Date(cell.updatedAt).toLocaleString('vi-VN', vietnamTimestamp),
        })
      : translate('kntc.permissions.default');
}

function CellEditor({ cell, label, disabled, onChange }: { cell: PermissionCell; label: string; disabled: boolean; onChange: (value: string) => void }) {
  return (
    <Select
      size="small"
      value={toCellValue(cell.scope)}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      inputProps={{ 'aria-label': label }}
      sx={{ minWidth: 150, fontSize: '0.875rem', ...(cell.scope === null ? { color: 'text.secondary' } : {}) }}
    >
      {scopeChoices(cell.action).map((choice) => (
        <MenuItem key={choice.value} value={choice.value}>
          {choice.label}
        </MenuItem>
      ))}
    </Select>
  );
}

function CellText({ cell }: { cell: PermissionCell }) {
  return (
    <Typography variant="body2" color={cell.scope === null ? 'text.secondary' : 'text.primary'} sx={{ fontWeight: cell.edited ? 600 : 400 }}>
      {cell.scope === null ? noScopeLabel : scopeLabels[cell.scope]}
    </Typography>
  );
}

/**
 * Ma trận phân quyền: one row per action, one column per role, the scope in each cell. The system
 * administrator changes a cell and it is saved at once (one cell, one version); the auditor reads it.
 * A cell someone else changed meanwhile is a conflict: the message says so and the grid reloads.
 */
export function PermissionMatrix() {
  const translate = useTranslate();
  const notify = useNotify();
  const provenance = useProvenance();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'permissions', action: 'edit' });
  const loaded = useLoaded('permissions', async (signal) => (await dataProvider.permissionCells({ signal })).data);
  // Cells saved since the last load; a reload starts from the server again.
  const [saved, setSaved] = useState<ReadonlyMap<string, PermissionCell>>(new Map());
  const [saving, setSaving] = useState<string | null>(null);

  const base = loaded.status === 'loaded' ? loaded.data : loaded.status === 'loading' ? loaded.previous : undefined;
  const rows = useMemo(() => (base ? permissionRows(base.map((c) => saved.get(keyOf(c)) ?? c)) : []), [base, saved]);

  const save = async (cell: PermissionCell, value: string) => {
    const scope = fromCellValue(value);
    if (scope === cell.scope) return;
    setSaving(keyOf(cell));
    try {
      const { data } = await dataProvider.updatePermission({ role: cell.role, action: cell.action, scope, version: cell.version });
      setSaved((current) => new Map(current).set(keyOf(data), data));
      notify('kntc.permissions.saved', {
        type: 'success',
        messageArgs: { role: roleLabels[cell.role], scope: scope === null ? noScopeLabel : scopeLabels[scope] },
      });
    } catch (error) {
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
      if (isConflict(error)) {
        setSaved(new Map());
        loaded.reload();
      }
    } finally {
      setSaving(null);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="kntc.permissions.title" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('kntc.permissions.title')}
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('kntc.permissions.intro')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('kntc.permissions.scopes_help')}
          </Typography>
          {canEdit ? null : (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('kntc.permissions.read_only')}
            </Alert>
          )}
          {loaded.status === 'failed' ? <Alert severity="error">{translate(loaded.message)}</Alert> : null}
          {loaded.status === 'loading' || loaded.status === 'idle' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
          {rows.length > 0 ? (
            <TableContainer sx={{ maxHeight: '70vh' }}>
              <Table size="small" stickyHeader aria-label={translate('kntc.permissions.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ minWidth: 240 }}>{translate('kntc.permissions.action')}</TableCell>
                    {roleCodes.map((role) => (
                      <TableCell key={role} sx={{ minWidth: 150, verticalAlign: 'bottom' }}>
                        {roleLabels[role]}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.action} hover>
                      <TableCell component="th" scope="row">
                        <Typography variant="body2">{row.label}</Typography>
                        <Typography variant="caption" color="text.secondary" component="code">
                          {row.action}
                        </Typography>
                      </TableCell>
                      {roleCodes.map((role) => {
                        const cell = row.cells[role];
                        if (!cell) return <TableCell key={role} />;
                        const locked = isLocked(role, row.action);
                        return (
                          <TableCell key={role}>
                            {/* Above the cell and click-through, so it never covers the scope menu opening below. */}
                            <Tooltip title={locked ? translate('kntc.permissions.locked') : provenance(cell)} placement="top" disableInteractive>
                              <span>
                                {canEdit && !locked ? (
                                  <CellEditor
                                    cell={cell}
                                    label={translate('kntc.permissions.cell_label', { action: row.label, role: roleLabels[role] })}
                                    disabled={saving !== null}
                                    onChange={(value) => void save(cell, value)}
                                  />
                                ) : (
                                  <CellText cell={cell} />
                                )}
                              </span>
                            </Tooltip>
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
}
