import LockIcon from '@mui/icons-material/Lock';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { downloadBase64, downloadBlob } from './identity-methods';
import { ReasonDialog } from './ReasonDialog';

/**
 * A document addressed to a protected sender is stored sealed: it downloads only through the vault,
 * with a reason, for officials allowed to reveal identities. Others see that it exists, and why not more.
 */
export function SealedDocumentButton({ id, fileName }: { id: Identifier; fileName: string }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'petitions', action: 'reveal_identity' });
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [open, setOpen] = useState(false);
  if (!canAccess) return <>{translate('kntc.identities.sealed_document')}</>;
  return (
    <>
      <Button label="kntc.identities.open_document" onClick={() => setOpen(true)} aria-label={translate('kntc.identities.open_document_named', { fileName })}>
        <LockIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.identities.open_document_title"
        onConfirm={async (reason) => {
          const { data } = await dataProvider.openSealedDocument({ documentId: id, reason });
          downloadBase64(data.fileName, data.contentBase64);
          setOpen(false);
        }}
      />
    </>
  );
}

/** The same door for a sealed scan (a denouncer's handwriting): opened with a reason, audited. */
export function SealedAttachmentButton({ id, fileName }: { id: Identifier; fileName: string }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'petitions', action: 'reveal_identity' });
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [open, setOpen] = useState(false);
  if (!canAccess) return <>{translate('kntc.identities.sealed_attachment', { fileName })}</>;
  return (
    <>
      <Button label="kntc.identities.open_attachment" onClick={() => setOpen(true)} aria-label={translate('kntc.identities.open_document_named', { fileName })}>
        <LockIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.identities.open_attachment_title"
        onConfirm={async (reason) => {
          const { data } = await dataProvider.openSealedAttachment({ attachmentId: id, reason });
          downloadBlob(fileName, data);
          setOpen(false);
        }}
      />
    </>
  );
}
