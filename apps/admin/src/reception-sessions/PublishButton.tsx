import PublicIcon from '@mui/icons-material/Public';
import Typography from '@mui/material/Typography';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { ReceptionSession } from './data-methods';
import { formatViDate } from '@kntc/domain';
import { useStep } from './use-step';

/** Công bố lịch, with the last day it may be done; the server refuses it once that day has passed. */
export function PublishButton() {
  const session = useRecordContext<ReceptionSession>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'receptionSessions', action: 'publish' });
  const { run, pending } = useStep();
  if (!session || session.status !== 'planned') return null;
  return (
    <>
      <Typography variant="body2" sx={{ alignSelf: 'center', mr: 1 }}>
        {session.publishBy ? translate('kntc.receptionSessions.publish_by', { date: formatViDate(session.publishBy) }) : translate('kntc.receptionSessions.publish_ad_hoc')}
      </Typography>
      {canAccess ? (
        <Button
          label="kntc.receptionSessions.publish"
          disabled={pending}
          onClick={() => void run(() => dataProvider.publishSession({ id: String(session.id), version: session.version }), 'kntc.receptionSessions.published')}
        >
          <PublicIcon />
        </Button>
      ) : null}
    </>
  );
}
