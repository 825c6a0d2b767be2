import CallSplitIcon from '@mui/icons-material/CallSplit';
import UndoIcon from '@mui/icons-material/Undo';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ArrayInput, Button, SelectInput, SimpleFormIterator, TextInput, useDataProvider, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { StepDialog } from './StepDialog';
import { splitItemKindChoices, toSplitItems, validateSplit } from './split-form';
import { useLetterStep, useStepRunner } from './use-letter-step';

const emptyItem = { kind: '', summary: '', content: '' };

/** Tách đơn: a letter with several contents becomes items of their own kind, numbered after it. */
export function SplitButton() {
  const { record, isOffered } = useLetterStep('split');
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label="kntc.letters.split.action" onClick={() => setOpen(true)}>
        <CallSplitIcon />
      </Button>
      <StepDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.letters.split.title"
        submitLabel="kntc.letters.split.submit"
        recordId={record.id}
        defaultValues={{ items: [emptyItem, emptyItem], note: '' }}
        validate={validateSplit}
        maxWidth="md"
        onSubmit={(values) =>
          runStep(
            () => dataProvider.splitPetition({ id: record.id, version: record.version, items: toSplitItems(values.items), note: typeof values.note === 'string' ? values.note : undefined }),
            'kntc.letters.split.done',
          )
        }
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('kntc.letters.split.intro', { receipt: record.receiptNumber ?? '' })}
        </Typography>
        <ArrayInput source="items" label="kntc.letters.split.items">
          <SimpleFormIterator inline={false} disableReordering addButton={undefined}>
            <SelectInput source="kind" label="kntc.letters.split.kind" choices={splitItemKindChoices} translateChoice={false} />
            <TextInput source="summary" label="kntc.letters.split.summary" fullWidth />
            <TextInput source="content" label="kntc.letters.split.content" multiline minRows={2} fullWidth />
          </SimpleFormIterator>
        </ArrayInput>
      </StepDialog>
    </>
  );
}

/** Hủy tách: possible while no item has moved on; the server names the items that block it otherwise. */
export function UnsplitButton() {
  const { record, isOffered } = useLetterStep('unsplit');
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label="kntc.letters.split.undo_action" onClick={() => setOpen(true)}>
        <UndoIcon />
      </Button>
      <StepDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.letters.split.undo_title"
        submitLabel="kntc.letters.split.undo_submit"
        recordId={record.id}
        defaultValues={{ note: '' }}
        onSubmit={() => runStep(() => dataProvider.unsplitPetition({ id: record.id, version: record.version }), 'kntc.letters.split.undone')}
      >
        <Typography variant="body2">{translate('kntc.letters.split.undo_intro')}</Typography>
      </StepDialog>
    </>
  );
}
