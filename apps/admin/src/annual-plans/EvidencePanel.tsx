import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MuiButton from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Confirm, Labeled, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { attachmentDownloadUrl } from '../attachments/AttachmentsPanel';
import { formatFileSize } from '../attachments/upload-error';
import type { PlanEvidence, PlanItem } from '../office/data-methods';
import type { KntcDataProvider } from '../providers/data-provider';
import { itemLabel } from './choices';

/** Gỡ one document, after a confirmation naming it. */
function RemoveEvidence({ evidence }: { evidence: PlanEvidence }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [open, setOpen] = useState(false);
  const remove = async () => {
    try {
      await dataProvider.removePlanEvidence({ id: evidence.id });
      notify('kntc.office.plans.evidence_removed', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setOpen(false);
    }
  };
  return (
    <>
      <IconButton size="small" aria-label={translate('kntc.office.plans.evidence_remove', { name: evidence.originalName })} onClick={() => setOpen(true)}>
        <DeleteIcon fontSize="small" />
      </IconButton>
      <Confirm
        isOpen={open}
        title="kntc.office.plans.evidence_remove_title"
        content="kntc.office.plans.evidence_remove_content"
        translateOptions={{ name: evidence.originalName }}
        onConfirm={() => void remove()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function UploadEvidence({ itemId }: { itemId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const fileInputId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFailure(translate('kntc.office.plans.evidence_choose'));
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      await dataProvider.uploadPlanEvidence({ itemId, file, description });
      notify('kntc.office.plans.evidence_uploaded', { type: 'success' });
      setFile(null);
      setDescription('');
      formRef.current?.reset();
      refresh();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : translate('ra.notification.http_error'));
    } finally {
      setPending(false);
    }
  };
  return (
    <Box component="form" ref={formRef} onSubmit={(e) => void submit(e)} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
      <label htmlFor={fileInputId}>{translate('kntc.office.plans.evidence_file')}</label>
      <input id={fileInputId} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <MuiTextField size="small" label={translate('kntc.office.plans.evidence_description')} value={description} onChange={(e) => setDescription(e.target.value)} />
      <MuiButton type="submit" size="small" variant="outlined" startIcon={<UploadFileIcon />} disabled={pending}>
        {translate('kntc.office.plans.evidence_upload')}
      </MuiButton>
      {failure ? (
        <Alert severity="error" role="alert" sx={{ width: '100%' }}>
          {translate(failure, { _: failure })}
        </Alert>
      ) : null}
    </Box>
  );
}

/** Tài liệu minh chứng of an item: read by plan readers, added and removed by plan writers. */
export function EvidencePanel() {
  const item = useRecordContext<PlanItem>();
  const translate = useTranslate();
  const { canAccess: canWrite } = useCanAccess({ resource: 'planItems', action: 'edit' });
  if (!item) return null;
  return (
    <Labeled label={itemLabel('evidence')} fullWidth>
      <Box>
        {item.evidence.length === 0 ? (
          <Typography variant="body2">—</Typography>
        ) : (
          <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
            {item.evidence.map((e) => (
              <li key={e.id}>
                <MuiLink href={attachmentDownloadUrl(e.id)}>{e.originalName}</MuiLink>
                {` (${formatFileSize(e.size)}${e.description ? `; ${e.description}` : ''}${e.uploadedByName ? `; ${translate('kntc.office.plans.evidence_by', { name: e.uploadedByName })}` : ''})`}
                {canWrite ? <RemoveEvidence evidence={e} /> : null}
              </li>
            ))}
          </ul>
        )}
        {canWrite ? <UploadEvidence itemId={String(item.id)} /> : null}
      </Box>
    </Labeled>
  );
}
