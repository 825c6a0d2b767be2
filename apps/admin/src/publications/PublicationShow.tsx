import { publicationKindLabels } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, Show, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { Publication } from './data-methods';
import { PostingPanel } from './PostingPanel';
import { PublicationStateChip } from './PublicationStateChip';
import { RedactionReview } from './RedactionReview';

function PublicationHeader({ record }: { record: Publication }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <PublicationStateChip state={record.state} />
        <Chip size="small" variant="outlined" label={publicationKindLabels[record.kind]} />
        {record.documentNumber && <Typography variant="body2">{`${record.documentNumber} – ${formatIsoDate(record.signedDate)}`}</Typography>}
        {record.caseId && record.caseNumber && (
          <Link to={createPath({ resource: 'cases', id: record.caseId, type: 'show' })}>{translate('kntc.publications.case_link', { caseNumber: record.caseNumber })}</Link>
        )}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        {record.draftedByName && <Typography variant="body2">{translate('kntc.publications.drafted_by', { name: record.draftedByName })}</Typography>}
        {record.lastEditedByName && record.lastEditedBy !== record.draftedBy && (
          <Typography variant="body2">{translate('kntc.publications.edited_by', { name: record.lastEditedByName })}</Typography>
        )}
        {record.approvedByName && <Typography variant="body2">{translate('kntc.publications.approved_by', { name: record.approvedByName })}</Typography>}
      </Stack>
      <PostingPanel record={record} />
      <Alert severity="info">{translate('kntc.publications.no_attachments')}</Alert>
    </Stack>
  );
}

function PublicationBody() {
  const translate = useTranslate();
  const record = useRecordContext<Publication>();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Stack spacing={2}>
        <PublicationHeader record={record} />
        {record.review ? (
          // Keyed by version: after a save or a step, the review starts again from what the server stored.
          <RedactionReview key={`${record.id}:${record.version}`} record={record} review={record.review} />
        ) : (
          <>
            <Alert severity="warning">{translate('kntc.publications.legacy')}</Alert>
            <Typography variant="subtitle1" component="h2">
              {translate('kntc.publications.public_copy')}
            </Typography>
            <Box sx={{ whiteSpace: 'pre-wrap' }}>{record.redactedBody}</Box>
          </>
        )}
      </Stack>
    </Box>
  );
}

/** Một bản công khai: its redaction review, approval and publication. */
export function PublicationShow() {
  return (
    <Show actions={false}>
      <PublicationBody />
    </Show>
  );
}
