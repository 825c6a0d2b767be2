import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import MuiButton from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Confirm, useDataProvider, useNotify, useTranslate, type Identifier } from 'react-admin';
import type { Attachment, AttachmentSubject } from '../letter-workflow/data-methods';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import { formatInstant } from '../timeline/timeline-labels';
import type { KntcDataProvider } from '../providers/data-provider';
import { formatFileSize } from './upload-error';
import { SealedAttachmentButton } from '../identities/SealedFileButtons';

export const attachmentDownloadUrl = (id: Identifier) => `/api/files/${encodeURIComponent(String(id))}`;

type Failure = { message: string; fields: Record<string, string> };

const failureOf = (error: unknown): Failure => {
  const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
  const body = typeof error === 'object' && error !== null && 'body' in error ? error.body : undefined;
  const errors = typeof body === 'object' && body !== null && 'errors' in body ? body.errors : undefined;
  const fields =
    typeof errors === 'object' && errors !== null
      ? Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {};
  return { message, fields };
};

function UploadForm({ subjectType, subjectId, onUploaded }: { subjectType: AttachmentSubject; subjectId: Identifier; onUploaded: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const fileInputId = useId();
  const fileErrorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isPending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFailure({ message: translate('kntc.letters.attachments.choose_first'), fields: { file: translate('kntc.letters.attachments.choose_first') } });
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const { data } = await dataProvider.uploadAttachment({ subjectType, subjectId, file, description });
      // After a 401 react-admin is signing the user out and answers with an empty object.
      if (!data || !('id' in data)) return;
      notify('kntc.letters.attachments.uploaded', { type: 'success', messageArgs: { name: data.originalName } });
      setFile(null);
      setDescription('');
      formRef.current?.reset();
      onUploaded();
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setPending(false);
    }
  };

  const fileError = failure?.fields.file;
  return (
    <Box component="form" ref={formRef} onSubmit={(e) => void submit(e)} noValidate sx={{ mt: 2 }} aria-label={translate('kntc.letters.attachments.upload_title')}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate('kntc.letters.attachments.upload_title')}
      </Typography>
      {failure ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {translate(failure.message)}
        </Alert>
      ) : null}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <Box>
          <MuiButton component="label" htmlFor={fileInputId} variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('kntc.letters.attachments.choose_file')}
          </MuiButton>
          <input
            id={fileInputId}
            type="file"
            // The server decides what it accepts; this only narrows the picker to the usual scans.
            accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.doc,.docx,.odt"
            aria-label={translate('kntc.letters.attachments.choose_file')}
            aria-describedby={fileError ? fileErrorId : undefined}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
          />
          <Typography variant="body2" sx={{ mt: 0.5 }} aria-live="polite">
            {file ? `${file.name} (${formatFileSize(file.size)})` : translate('kntc.letters.attachments.no_file')}
          </Typography>
          {fileError ? (
            <FormHelperText id={fileErrorId} error>
              {fileError}
            </FormHelperText>
          ) : null}
        </Box>
        <TextField
          label={translate('kntc.letters.attachments.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={failure?.fields.description !== undefined}
          helperText={failure?.fields.description ?? translate('kntc.letters.attachments.description_help')}
          size="small"
          sx={{ flex: 1, minWidth: 240 }}
        />
        <MuiButton type="submit" variant="contained" disabled={isPending}>
          {translate('kntc.letters.attachments.upload')}
        </MuiButton>
      </Stack>
      {isPending ? <LinearProgress aria-label={translate('kntc.letters.attachments.uploading')} sx={{ mt: 1 }} /> : null}
    </Box>
  );
}

function DeleteAttachmentButton({ attachment, onDeleted }: { attachment: Attachment; onDeleted: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [open, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);
  const label = translate('kntc.letters.attachments.delete', { name: attachment.originalName });

  const remove = async () => {
    setPending(true);
    try {
      await dataProvider.deleteAttachment({ id: attachment.id });
      notify('kntc.letters.attachments.deleted', { type: 'success', messageArgs: { name: attachment.originalName } });
      onDeleted();
    } catch (error) {
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Tooltip title={label}>
        <IconButton aria-label={label} onClick={() => setOpen(true)} size="small" color="error">
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="kntc.letters.attachments.delete_title"
        content="kntc.letters.attachments.delete_content"
        translateOptions={{ name: attachment.originalName }}
        confirm="kntc.letters.attachments.delete_confirm"
        confirmColor="warning"
        onConfirm={() => void remove()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/**
 * Tệp đính kèm of a letter or a case: scans and evidence, each downloadable; officials who handle
 * letters add and withdraw them (a withdrawn file stays stored, only hidden). `onChange` tells the
 * page that its timeline has a new event.
 */
export function AttachmentsPanel({
  subjectType,
  subjectId,
  canWrite,
  onChange,
}: {
  subjectType: AttachmentSubject;
  subjectId: Identifier;
  canWrite: boolean;
  onChange?: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const titleId = useId();
  const state = useLoaded(`${subjectType}:${subjectId}`, async (signal) => {
    const { data } = await dataProvider.subjectAttachments({ subjectType, subjectId, signal });
    return Array.isArray(data) ? data : [];
  });
  const attachments = currentData(state) ?? [];
  const changed = () => {
    state.reload();
    onChange?.();
  };

  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('kntc.letters.attachments.title')}
        </Typography>
        {state.status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} sx={{ mb: 1 }} /> : null}
        {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
        {state.status === 'loaded' && attachments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('kntc.letters.attachments.empty')}
          </Typography>
        ) : null}
        {attachments.length > 0 ? (
          <Table size="small" aria-labelledby={titleId}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('kntc.letters.attachments.name')}</TableCell>
                <TableCell>{translate('kntc.letters.attachments.description')}</TableCell>
                <TableCell>{translate('kntc.letters.attachments.size')}</TableCell>
                <TableCell>{translate('kntc.letters.attachments.uploaded_at')}</TableCell>
                {canWrite ? <TableCell aria-label={translate('kntc.letters.attachments.actions')} /> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {attachments.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    {a.containsIdentity ? (
                      <SealedAttachmentButton id={a.id} fileName={a.originalName} />
                    ) : (
                      <MuiLink href={attachmentDownloadUrl(a.id)} download={a.originalName}>
                        {a.originalName}
                      </MuiLink>
                    )}
                  </TableCell>
                  <TableCell>{a.description ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatFileSize(a.size)}</TableCell>
                  <TableCell>
                    {formatInstant(a.createdAt)}
                    {a.uploadedByName ? ` · ${a.uploadedByName}` : ''}
                  </TableCell>
                  {canWrite ? (
                    <TableCell align="right">
                      <DeleteAttachmentButton attachment={a} onDeleted={changed} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
        {canWrite ? <UploadForm subjectType={subjectType} subjectId={subjectId} onUploaded={changed} /> : null}
      </CardContent>
    </Card>
  );
}
