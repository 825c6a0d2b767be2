import type { PermissionRow } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import { holds } from '../providers/access';
import { vietnamTimestamp } from '../layout/timestamp';
import type { Publication } from './data-methods';
import { PostingFlags } from './PostingFlags';
import { TakeDownDialog } from './TakeDownDialog';

function Line({ label, value }: { label: string; value: string | null }) {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary' }}>{`${translate(`resources.publications.fields.${label}`)}: `}</Box>
      {value}
    </Typography>
  );
}

/** Thời hạn công khai và niêm yết: publish-by, posting period and takedown of one publication, with the approver's takedown step. */
export function PostingPanel({ record }: { record: Publication }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<PermissionRow>();
  const [takingDown, setTakingDown] = useState(false);
  const canTakeDown = record.state === 'published' && holds(permissions, 'publication.approve');
  const takenDownAt = record.takenDownAt ? new Date(record.takenDownAt).toLocaleString('vi-VN', vietnamTimestamp) : null;
  return (
    <Stack spacing={1}>
      <PostingFlags record={record} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0.5, md: 3 }} sx={{ flexWrap: 'wrap' }}>
        <Line label="publishDueDate" value={formatIsoDate(record.publishDueDate) || null} />
        <Line label="postedFrom" value={formatIsoDate(record.postedFrom) || null} />
        <Line label="postedUntil" value={formatIsoDate(record.postedUntil) || null} />
        <Line label="postingMinimumUntil" value={formatIsoDate(record.postingMinimumUntil) || null} />
        <Line label="fieldCode" value={record.fieldCode} />
      </Stack>
      <Line label="legalBasis" value={record.legalBasis || null} />
      {record.state === 'taken_down' && (
        <Alert severity={record.isTakenDownEarly ? 'error' : 'info'}>
          {translate('kntc.publications.taken_down_info', { at: takenDownAt ?? '', name: record.takenDownByName ?? '', reason: record.takedownReason ?? '' })}
        </Alert>
      )}
      {canTakeDown && (
        <Box>
          <Button variant="outlined" color="error" onClick={() => setTakingDown(true)}>
            {translate('kntc.publications.take_down')}
          </Button>
        </Box>
      )}
      {takingDown && <TakeDownDialog record={record} onClose={() => setTakingDown(false)} />}
    </Stack>
  );
}
