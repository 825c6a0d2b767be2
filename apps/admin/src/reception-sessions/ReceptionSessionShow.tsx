import DownloadIcon from '@mui/icons-material/Download';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatViDate } from '@kntc/domain';
import {
  Button,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  Link,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { CancelButton } from './CancelButton';
import { CompleteDirectionButton } from './CompleteDirectionButton';
import type { ReceptionSession } from './data-methods';
import { directionLabel, directionStatusChoices, hostModeChoices, label, sessionKindChoices, sessionStatusChoices } from './choices';
import { downloadBase64 } from './download';
import { PublishButton } from './PublishButton';
import { RecordSessionButton } from './RecordSessionButton';

function ShowActions() {
  const session = useRecordContext<ReceptionSession>();
  const isOpen = session?.status === 'planned' || session?.status === 'published';
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <PublishButton />
      {isOpen ? <EditButton /> : null}
      <RecordSessionButton />
      <CancelButton />
    </TopToolbar>
  );
}

/** Tải thông báo kết luận: the .docx as issued when the session was recorded. */
function ConclusionDownload() {
  const session = useRecordContext<ReceptionSession>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  if (!session?.conclusionDocument) return null;
  const download = async () => {
    try {
      const { data } = await dataProvider.sessionConclusionFile({ id: String(session.id) });
      downloadBase64(data.fileName, data.mimeType, data.base64);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Labeled label={label('conclusionDocument')}>
      <span>
        {session.conclusionDocument.number}{' '}
        <Button label={translate('kntc.receptionSessions.download')} onClick={() => void download()}>
          <DownloadIcon />
        </Button>
      </span>
    </Labeled>
  );
}

/** The directions of the session with their unit, due date and derived status. */
function DirectionsTable() {
  const session = useRecordContext<ReceptionSession>();
  const translate = useTranslate();
  if (!session || session.directions.length === 0) return null;
  const statusName = (id: string) => directionStatusChoices.find((c) => c.id === id)?.name ?? id;
  return (
    <Labeled label={label('directions')}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {['position', 'content', 'responsible', 'dueDate', 'status', 'result'].map((f) => (
              <TableCell key={f}>{translate(directionLabel(f))}</TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {session.directions.map((d) => (
            <TableRow key={d.id}>
              <TableCell>{d.position}</TableCell>
              <TableCell>{d.content}</TableCell>
              <TableCell>{d.responsible}</TableCell>
              <TableCell>{formatViDate(d.dueDate)}</TableCell>
              <TableCell>{statusName(d.status)}</TableCell>
              <TableCell>{d.result ? `${d.result} (${d.doneDate ? formatViDate(d.doneDate) : ''})` : '—'}</TableCell>
              <TableCell>
                <CompleteDirectionButton direction={d} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Labeled>
  );
}

export function ReceptionSessionShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <SelectField source="status" label={label('status')} choices={sessionStatusChoices} />
        <SelectField source="kind" label={label('kind')} choices={sessionKindChoices} />
        <DateField source="date" label={label('date')} />
        <FunctionField label="Giờ tiếp" render={(s: ReceptionSession) => `${s.startTime} – ${s.endTime}`} />
        <TextField source="place" label={label('place')} />
        <FunctionField label={label('hostName')} render={(s: ReceptionSession) => `${s.hostName}, ${s.hostTitle}`} />
        <SelectField source="hostMode" label={label('hostMode')} choices={hostModeChoices} />
        <TextField source="note" label={label('note')} emptyText="—" />
        <DateField source="publishBy" label={label('publishBy')} emptyText="—" />
        <DateField source="publishedAt" label={label('publishedAt')} showTime emptyText="—" />
        <TextField source="cancelReason" label={label('cancelReason')} emptyText="—" />
        <TextField source="attendees" label={label('attendees')} emptyText="—" />
        <FunctionField
          label={label('visits')}
          render={(s: ReceptionSession) =>
            s.visits.length === 0 ? '—' : (
              <span>
                {s.visits.map((v, i) => (
                  <span key={v.id}>
                    {i > 0 ? '; ' : ''}
                    <Link to={`/receptionVisits/${v.id}/show`}>{`${v.visitNumber}: ${v.summary}`}</Link>
                  </span>
                ))}
              </span>
            )
          }
        />
        <TextField source="conclusion" label={label('conclusion')} emptyText="—" />
        <DirectionsTable />
        <ConclusionDownload />
      </SimpleShowLayout>
    </Show>
  );
}
