import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import MuiButton from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { petitionKindLabels } from '@kntc/domain';
import { useState } from 'react';
import { Confirm, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useLoaded } from '../letter-workflow/use-loaded';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { destroyFormErrors, dueIds, type RetentionOverview } from './data-methods';
import { RetentionRuleForm } from './RetentionRuleForm';

/** The decision: which letters, under which decision of the head, and why; confirmed once more. */
function DestroyForm({ overview, onDone }: { overview: RetentionOverview; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const due = overview.items.filter((i) => i.isDue);
  const [selected, setSelected] = useState<string[]>([]);
  const [decisionRef, setDecisionRef] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const ask = () => {
    const found = destroyFormErrors({ decisionRef, reason, selected });
    setErrors(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };
  const destroy = async () => {
    setConfirming(false);
    setFailure(null);
    try {
      const { data } = await dataProvider.destroyPetitions({ petitionIds: selected, decisionRef: decisionRef.trim(), reason: reason.trim() });
      notify('kntc.retention.destroyed', { type: 'success', messageArgs: { count: data.destroyed } });
      setSelected([]);
      onDone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : translate('ra.notification.http_error'));
    }
  };
  if (due.length === 0) return <Typography color="text.secondary">{translate('kntc.retention.none_due')}</Typography>;
  return (
    <>
      <Table size="small" aria-label={translate('kntc.retention.due_title')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selected.length === due.length}
                indeterminate={selected.length > 0 && selected.length < due.length}
                onChange={() => setSelected(selected.length === due.length ? [] : dueIds(due))}
                slotProps={{ input: { 'aria-label': translate('kntc.retention.select_all') } }}
              />
            </TableCell>
            <TableCell>{translate('resources.petitions.fields.receiptNumber')}</TableCell>
            <TableCell>{translate('resources.petitions.fields.kind')}</TableCell>
            <TableCell>{translate('resources.petitions.fields.summary')}</TableCell>
            <TableCell>{translate('kntc.retention.archived_on')}</TableCell>
            <TableCell>{translate('kntc.retention.keep_until')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {due.map((i) => (
            <TableRow key={i.id}>
              <TableCell padding="checkbox">
                <Checkbox checked={selected.includes(i.id)} onChange={() => toggle(i.id)} slotProps={{ input: { 'aria-label': translate('kntc.retention.select', { number: i.receiptNumber ?? '' }) } }} />
              </TableCell>
              <TableCell>{i.receiptNumber ?? '—'}</TableCell>
              <TableCell>{petitionKindLabels[i.kind]}</TableCell>
              <TableCell>{i.summary}</TableCell>
              <TableCell>{formatIsoDate(i.archivedOn)}</TableCell>
              <TableCell>{formatIsoDate(i.keepUntil)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {errors.selected ? <Alert severity="warning">{translate(errors.selected)}</Alert> : null}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 2 }}>
        <TextField
          label={translate('kntc.retention.decision_ref')}
          value={decisionRef}
          onChange={(e) => setDecisionRef(e.target.value)}
          error={errors.decisionRef !== undefined}
          helperText={errors.decisionRef ? translate(errors.decisionRef) : translate('kntc.retention.decision_ref_hint')}
          sx={{ flex: '1 1 280px' }}
        />
        <TextField
          label={translate('kntc.retention.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason !== undefined}
          helperText={errors.reason ? translate(errors.reason) : ' '}
          sx={{ flex: '2 1 360px' }}
        />
      </Box>
      {failure ? <Alert severity="error">{failure}</Alert> : null}
      <MuiButton variant="contained" color="error" onClick={ask} sx={{ mt: 1 }}>
        {translate('kntc.retention.destroy', { count: selected.length })}
      </MuiButton>
      <Confirm
        isOpen={confirming}
        title="kntc.retention.confirm_title"
        content="kntc.retention.confirm_content"
        translateOptions={{ count: selected.length, decision: decisionRef.trim() }}
        onConfirm={() => void destroy()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/**
 * Hủy hồ sơ hết thời hạn lưu: archived letters whose period has run out are listed for the head's
 * decision; destroying one removes its signers (and sealed identity), scans, documents and text,
 * and leaves a tombstone that the register and the statistics still count.
 */
export function RetentionPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [reload, setReload] = useState(0);
  const state = useLoaded(`retention:${reload}`, async (signal) => (await dataProvider.retentionOverview({ signal })).data);
  const overview = state.status === 'loaded' ? state.data : null;
  const refresh = () => setReload((n) => n + 1);
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
      <Title title="kntc.retention.title" />
      {state.status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
      {overview ? (
        <>
          <Card variant="outlined" component="section">
            <CardContent>
              <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                {translate('kntc.retention.rule_title')}
              </Typography>
              <RetentionRuleForm key={overview.rule.version} rule={overview.rule} onSaved={refresh} />
            </CardContent>
          </Card>
          <Card variant="outlined" component="section">
            <CardContent>
              <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                {translate('kntc.retention.due_title')}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('kntc.retention.intro', { waiting: overview.items.filter((i) => !i.isDue).length })}
              </Typography>
              <DestroyForm overview={overview} onDone={refresh} />
            </CardContent>
          </Card>
          {overview.destroyed.length > 0 ? (
            <Card variant="outlined" component="section">
              <CardContent>
                <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                  {translate('kntc.retention.destroyed_title')}
                </Typography>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('resources.petitions.fields.receiptNumber')}</TableCell>
                      <TableCell>{translate('resources.petitions.fields.kind')}</TableCell>
                      <TableCell>{translate('kntc.retention.decision_ref')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {overview.destroyed.map((d) => (
                      <TableRow key={d.id}>
                        <TableCell>{d.receiptNumber ?? '—'}</TableCell>
                        <TableCell>{petitionKindLabels[d.kind]}</TableCell>
                        <TableCell>{d.destructionRef}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
          ) : null}
        </>
      ) : null}
    </Box>
  );
}
