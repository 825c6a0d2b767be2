import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { Button, Form, SaveButton, useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { z } from 'zod';
import type { KntcDataProvider } from '../providers/data-provider';
import { schemaResolver } from './form-values';
import { TextButton } from './TextButton';
import { OfficialInput } from './OfficialInput';

const AssignSchema = z.strictObject({ assigneeId: z.uuid({ error: 'Hãy chọn cán bộ xử lý.' }) });
const resolver = schemaResolver(AssignSchema);

/** Phân công hàng loạt: the selected cases go to one official; each is reassigned on its own. */
export function BulkAssignButton() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const submit = async (values: Record<string, unknown>) => {
    const { assigneeId } = AssignSchema.parse(values);
    try {
      const { data } = await dataProvider.caseAssignMany({ ids: selectedIds.map(String), assigneeId });
      if (!data) return;
      if (data.failed.length > 0) {
        // The cases changed meanwhile stay selected, with the server's reason for each.
        notify('kntc.cases.bulk_assign.partly', {
          type: 'warning',
          multiLine: true,
          autoHideDuration: null,
          messageArgs: {
            assigned: data.assigned,
            failed: data.failed.length,
            reasons: [...new Set(data.failed.map((f) => f.message))].join(' '),
          },
        });
      } else {
        notify('kntc.cases.bulk_assign.done', { type: 'success', messageArgs: { smart_count: data.assigned } });
        onUnselectItems();
      }
      setOpen(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <>
      <Button label="kntc.cases.bulk_assign.button" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form record={{}} resolver={resolver} onSubmit={submit}>
          <DialogTitle id={titleId}>{translate('kntc.cases.bulk_assign.title', { smart_count: selectedIds.length })}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('kntc.cases.bulk_assign.hint')}
            </Typography>
            <OfficialInput source="assigneeId" label="kntc.cases.fields.assignee" />
          </DialogContent>
          <DialogActions>
            <TextButton label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="kntc.cases.bulk_assign.confirm" icon={<AssignmentIndIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
