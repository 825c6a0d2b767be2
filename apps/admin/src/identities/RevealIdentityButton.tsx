import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import type { RevealedSigner } from './identity-methods';
import { ReasonDialog } from './ReasonDialog';

function IdentityTable({ signers }: { signers: RevealedSigner[] }) {
  const translate = useTranslate();
  const field = (name: string) => translate(`kntc.identities.fields.${name}`);
  return (
    <>
      <Typography variant="body2" color="warning.main" sx={{ mb: 1 }}>
        {translate('kntc.identities.shown_notice')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{field('pseudonym')}</TableCell>
            <TableCell>{field('fullName')}</TableCell>
            <TableCell>{field('idNumber')}</TableCell>
            <TableCell>{field('phone')}</TableCell>
            <TableCell>{field('email')}</TableCell>
            <TableCell>{field('address')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {signers.map((s) => (
            <TableRow key={s.pseudonym}>
              <TableCell>{s.pseudonym}</TableCell>
              <TableCell>{s.fullName}</TableCell>
              <TableCell>{s.idNumber ?? '—'}</TableCell>
              <TableCell>{s.phone ?? '—'}</TableCell>
              <TableCell>{s.email ?? '—'}</TableCell>
              <TableCell>{s.address}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/**
 * "Xem danh tính": for a protected letter and officials the permission matrix allows, opens the
 * vault after asking why. What it shows lives only in this dialog; closing it forgets it.
 */
export function RevealIdentityButton() {
  const record = useRecordContext<Petition>();
  const { canAccess } = useCanAccess({ resource: 'petitions', action: 'reveal_identity', record });
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [open, setOpen] = useState(false);
  const [signers, setSigners] = useState<RevealedSigner[] | null>(null);
  if (!record?.isProtected || !canAccess) return null;
  return (
    <>
      <Button label="kntc.identities.reveal" onClick={() => setOpen(true)}>
        <VisibilityIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => {
          setSigners(null);
          setOpen(false);
        }}
        title="kntc.identities.reveal_title"
        onConfirm={async (reason) => setSigners((await dataProvider.revealIdentity({ petitionId: record.id, reason })).data.signers)}
        result={signers ? <IdentityTable signers={signers} /> : undefined}
      />
    </>
  );
}
