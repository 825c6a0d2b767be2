import ReceiptIcon from '@mui/icons-material/Receipt';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import {
  Button as RaButton,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { documentDownloadUrl } from '../documents/DocumentsPanel';
import type { IssuedReceipt, KntcDataProvider, Petition } from '../providers/data-provider';

/**
 * Giấy biên nhận: issues the receipt with a fresh tracking code. The code exists in clear only in
 * this answer and on the printed receipt (the server keeps its HMAC), so it is shown once here.
 */
export function ReceiptButton() {
  const record = useRecordContext<Petition>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [issued, setIssued] = useState<IssuedReceipt | null>(null);
  const { canAccess } = useCanAccess({ action: 'issue_receipt', resource: 'petitions', record });

  if (!record || !canAccess || typeof record.receiptNumber !== 'string') return null;

  const issue = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.issueReceipt({ id: record.id, version: record.version });
      if (data) setIssued(data);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  };
  const close = () => {
    setIssued(null);
    // The receipt bumped the letter's version and added a document: show both.
    refresh();
  };

  return (
    <>
      <RaButton label="kntc.petitions.receipt" onClick={() => setConfirming(true)} disabled={pending}>
        <ReceiptIcon />
      </RaButton>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="kntc.petitions.receipt_title"
        content="kntc.petitions.receipt_content"
        confirm="kntc.petitions.receipt"
        onConfirm={() => void issue()}
        onClose={() => setConfirming(false)}
      />
      {issued ? <IssuedReceiptDialog issued={issued} sealed={record.isProtected === true} onClose={close} /> : null}
    </>
  );
}

/** A protected sender's receipt is stored sealed: it opens from the documents panel, with a reason. */
function IssuedReceiptDialog({ issued, sealed, onClose }: { issued: IssuedReceipt; sealed: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  const codeId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('kntc.petitions.receipt_issued_title', { number: issued.document.number })}</DialogTitle>
      <DialogContent>
        <Typography id={codeId} variant="overline" component="p">
          {translate('kntc.petitions.receipt_code_label')}
        </Typography>
        <Typography aria-labelledby={codeId} variant="h5" component="p" sx={{ fontFamily: 'monospace', letterSpacing: 1, mb: 2 }} data-testid="tracking-code">
          {issued.trackingCode}
        </Typography>
        <Typography variant="body2">{translate('kntc.petitions.receipt_code_help')}</Typography>
        {sealed ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('kntc.petitions.receipt_sealed')}
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        {sealed ? null : <Button href={documentDownloadUrl(issued.document.id)}>{translate('kntc.petitions.receipt_download')}</Button>}
        <Button onClick={onClose} variant="contained">
          {translate('kntc.petitions.receipt_close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
