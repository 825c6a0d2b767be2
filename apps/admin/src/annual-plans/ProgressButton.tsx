import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DateInput, SelectInput, TextInput, useCanAccess, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { TextButton } from '../cases/TextButton';
import type { PlanItem } from '../office/data-methods';
import { RecordDialog } from '../forms/RecordDialog';
import type { KntcDataProvider } from '../providers/data-provider';
import { progressStateChoices } from './choices';
import { ProgressNoteSchema, progressDefaults, progressResolver } from './plan-form';

/** What the dialog needs of an item: the plan show's records and the progress view's rows both have it. */
type ProgressSubject = Pick<PlanItem, 'id' | 'version' | 'code' | 'content' | 'state'>;

/** Cập nhật tiến độ of an item (the one given, else the record in context): a dated note and its state after it. */
export function ProgressButton({ item: given, onSaved }: { item?: ProgressSubject; onSaved?: () => void }) {
  const fromContext = useRecordContext<PlanItem>();
  const item = given ?? fromContext;
  const dataProvider = useDataProvider<KntcDataProvider>();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'planItems', action: 'progress' });
  const [open, setOpen] = useState(false);
  if (!item || !canAccess) return null;
  return (
    <>
      <TextButton
        label="kntc.office.plans.progress"
        aria-label={`${translate('kntc.office.plans.progress')} – mục ${item.code}`}
        startIcon={<TrendingUpIcon />}
        onClick={(event) => {
          // The button sits in a clickable row.
          event.stopPropagation();
          setOpen(true);
        }}
      />
      {open ? (
        <RecordDialog
          title="kntc.office.plans.progress_title"
          titleArgs={{ code: item.code }}
          confirm="kntc.office.plans.progress"
          done="kntc.office.plans.progress_saved"
          resolver={progressResolver}
          defaults={progressDefaults(item.state)}
          save={(values) => dataProvider.addPlanItemProgress({ id: String(item.id), version: item.version, ...ProgressNoteSchema.parse(values) })}
          onSaved={() => {
            refresh();
            onSaved?.();
          }}
          onClose={() => setOpen(false)}
        >
          <Box sx={{ display: 'grid', gap: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {item.content}
            </Typography>
            <DateInput source="date" label="kntc.office.plans.progress_date" />
            <SelectInput source="state" label="kntc.office.plans.progress_state" choices={progressStateChoices} helperText="kntc.office.plans.late_hint" />
            <TextInput source="note" label="kntc.office.plans.progress_note" multiline minRows={3} />
          </Box>
        </RecordDialog>
      ) : null}
    </>
  );
}
