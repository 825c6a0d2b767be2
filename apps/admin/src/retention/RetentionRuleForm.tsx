import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MuiButton from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { RetentionOverview } from './data-methods';

/** The retention period of archived letters and its legal basis, edited as data (default: 12 months, TT 07/2014 Đ28). */
export function RetentionRuleForm({ rule, onSaved }: { rule: RetentionOverview['rule']; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [months, setMonths] = useState(String(rule.months));
  const [legalBasis, setLegalBasis] = useState(rule.legalBasis);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const save = async () => {
    setPending(true);
    setFailure(null);
    try {
      await dataProvider.updateRetentionRule({ months: Number(months), legalBasis, version: rule.version });
      notify('kntc.retention.rule_saved', { type: 'success' });
      onSaved();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : translate('ra.notification.http_error'));
    } finally {
      setPending(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <TextField label={translate('kntc.retention.months')} type="number" value={months} onChange={(e) => setMonths(e.target.value)} slotProps={{ htmlInput: { min: 1, max: 600 } }} sx={{ width: 180 }} />
      <TextField label={translate('kntc.retention.legal_basis')} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} sx={{ flex: '1 1 320px' }} />
      <MuiButton variant="outlined" onClick={() => void save()} disabled={pending} sx={{ mt: 1 }}>
        {translate('ra.action.save')}
      </MuiButton>
      {failure ? (
        <Alert severity="error" sx={{ width: '100%' }}>
          {failure}
        </Alert>
      ) : null}
    </Box>
  );
}
