import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { auditActionLabel } from '@kntc/domain';
import {
  DateField,
  FunctionField,
  Labeled,
  Link,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  useCanAccess,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import { ActorCell } from './AuditList';
import type { AuditEntry } from './data-methods';
import { entityLabel, recordScreen, roleLabel } from './labels';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } } as const;
const hashStyle = { fontFamily: 'monospace', fontSize: '0.8rem', wordBreak: 'break-all' } as const;

/** A link to the list narrowed by one filter: the official's other actions, the record's history. */
function FilteredListLink({ filter, label }: { filter: Record<string, string>; label: string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const to = `${createPath({ resource: 'audit', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return <Link to={to}>{translate(label)}</Link>;
}

/** The record the row names, opened where the official may open it, and its whole history here. */
function RecordCell() {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const screen = recordScreen(entry?.entity ?? null, entry?.entityId ?? null);
  const { canAccess } = useCanAccess({ resource: screen?.resource ?? 'audit', action: screen?.type ?? 'show' });
  if (!entry) return null;
  if (!entry.entity) return <>{translate('kntc.audit.no_record')}</>;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <span>
        {entityLabel(entry.entity)} {entry.entityId ? <code>{entry.entityId}</code> : null}
      </span>
      {screen && canAccess && <Link to={createPath({ resource: screen.resource, id: screen.id, type: screen.type })}>{translate('kntc.audit.open_record')}</Link>}
      {entry.entityId && <FilteredListLink filter={{ entity: entry.entity, entityId: entry.entityId }} label="kntc.audit.same_record" />}
    </Box>
  );
}

const Hash = ({ value }: { value: string | null }) => <Box sx={hashStyle}>{value ?? '—'}</Box>;

/** One row of the log: who, when, what, on which record, and the digests and hashes that seal it. */
export function AuditShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <Box sx={columns}>
          <Labeled>
            <NumberField source="seq" />
          </Labeled>
          <Labeled>
            <DateField source="at" showTime locales="vi-VN" options={{ ...vietnamTimestamp, second: '2-digit' }} />
          </Labeled>
          <Labeled>
            <FunctionField<AuditEntry> source="action" render={(entry) => `${auditActionLabel(entry.action)} (${entry.action})`} />
          </Labeled>
          <Labeled source="actor">
            <FunctionField<AuditEntry>
              render={(entry) => (
                <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
                  <ActorCell entry={entry} />
                  {entry.actorUsername && <FilteredListLink filter={{ actor: entry.actorUsername }} label="kntc.audit.same_actor" />}
                </Box>
              )}
            />
          </Labeled>
          <Labeled>
            <FunctionField<AuditEntry> source="actorRole" render={(entry) => roleLabel(entry.actorRole) ?? '—'} />
          </Labeled>
          <Labeled source="entity">
            <RecordCell />
          </Labeled>
          <Labeled>
            <TextField source="ipAddress" emptyText="—" />
          </Labeled>
          <Labeled>
            <TextField source="requestId" emptyText="—" />
          </Labeled>
        </Box>
        <TextField source="note" emptyText="—" />
        <Typography variant="subtitle2">{translate('kntc.audit.digests')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('kntc.audit.digests_help')}
        </Typography>
        <Labeled>
          <FunctionField<AuditEntry> source="beforeDigest" render={(entry) => <Hash value={entry.beforeDigest} />} />
        </Labeled>
        <Labeled>
          <FunctionField<AuditEntry> source="afterDigest" render={(entry) => <Hash value={entry.afterDigest} />} />
        </Labeled>
        <Labeled>
          <FunctionField<AuditEntry> source="prevHash" render={(entry) => <Hash value={entry.prevHash} />} />
        </Labeled>
        <Labeled>
          <FunctionField<AuditEntry> source="hash" render={(entry) => <Hash value={entry.hash} />} />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
