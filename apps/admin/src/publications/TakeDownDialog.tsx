import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Publication } from './data-methods';
import { PublicationStepDialog } from './PublicationStepDialog';

/**
 * Gỡ bản công khai: the reason stays on the public page. Before the minimum posting period is
 * over the dialog says so, and the server asks for a fuller reason.
 */
export function TakeDownDialog({ record, onClose }: { record: Publication; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [reason, setReason] = useState('');
  return (
    <PublicationStepDialog
      title="kntc.publications.take_down_title"
      intro="kntc.publications.take_down_intro"
      confirm="kntc.publications.take_down"
      confirmColor="error"
      done="kntc.publications.taken_down"
      field="reason"
      run={() => dataProvider.takeDownPublication({ id: record.id, version: record.version, reason })}
      onClose={onClose}
    >
      {(fieldError) => (
        <>
          {record.isUnderMinimumPosting && record.postingMinimumUntil && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('kntc.publications.take_down_early', { date: formatIsoDate(record.postingMinimumUntil) })}
            </Alert>
          )}
          <TextField
            label={translate('resources.publications.fields.takedownReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError !== undefined}
            helperText={fieldError ?? translate('kntc.publications.take_down_help')}
            multiline
            minRows={3}
            required
            fullWidth
          />
        </>
      )}
    </PublicationStepDialog>
  );
}
