import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Publication } from './data-methods';
import { PublicationStepDialog } from './PublicationStepDialog';

/**
 * Đăng công khai: the posting starts today (Vietnam) and runs at least the legal minimum; the
 * approver may set a later posted-until day. The server refuses an earlier one on the field.
 */
export function PublishDialog({ record, onClose }: { record: Publication; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [postedUntil, setPostedUntil] = useState('');
  return (
    <PublicationStepDialog
      title="kntc.publications.publish_confirm_title"
      intro="kntc.publications.publish_confirm"
      confirm="kntc.publications.publish"
      confirmColor="success"
      done="kntc.publications.published"
      field="postedUntil"
      run={() => dataProvider.publishPublication({ id: record.id, version: record.version, ...(postedUntil ? { postedUntil } : {}) })}
      onClose={onClose}
    >
      {(fieldError) => (
        <TextField
          type="date"
          label={translate('kntc.publications.posted_until_optional')}
          value={postedUntil}
          onChange={(e) => setPostedUntil(e.target.value)}
          error={fieldError !== undefined}
          helperText={fieldError ?? translate('kntc.publications.posted_until_help')}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth
        />
      )}
    </PublicationStepDialog>
  );
}
