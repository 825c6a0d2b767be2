import CallSplitIcon from '@mui/icons-material/CallSplit';
import UndoIcon from '@mui/icons-material/Undo';
import Typography from '@mui/material/Typography';
import { ArrayInput, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { noteOf, StepButton } from './StepButton';
import { splitItemKindChoices, toSplitItems, validateSplit } from './split-form';

const emptyItem = { kind: '', summary: '', content: '' };

/** Tách đơn: a letter with several contents becomes items of their own kind, numbered after it. */
export function SplitButton() {
  const translate = useTranslate();
  return (
    <StepButton
      action="split"
      label="kntc.letters.split.action"
      icon={<CallSplitIcon />}
      title="kntc.letters.split.title"
      submitLabel="kntc.letters.split.submit"
      done="kntc.letters.split.done"
      defaultValues={{ items: [emptyItem, emptyItem], note: '' }}
      validate={validateSplit}
      maxWidth="md"
      run={(dataProvider, record, values) =>
        dataProvider.splitPetition({ id: record.id, version: record.version, items: toSplitItems(values.items), note: noteOf(values) })
      }
    >
      {(record) => (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('kntc.letters.split.intro', { receipt: record.receiptNumber ?? '' })}
          </Typography>
          <ArrayInput source="items" label="kntc.letters.split.items">
            <SimpleFormIterator inline={false} disableReordering>
              <SelectInput source="kind" label="kntc.letters.split.kind" choices={splitItemKindChoices} translateChoice={false} />
              <TextInput source="summary" label="kntc.letters.split.summary" fullWidth />
              <TextInput source="content" label="kntc.letters.split.content" multiline minRows={2} fullWidth />
            </SimpleFormIterator>
          </ArrayInput>
        </>
      )}
    </StepButton>
  );
}

/** Hủy tách: possible while no item has moved on; the server names the items that block it otherwise. */
export function UnsplitButton() {
  const translate = useTranslate();
  return (
    <StepButton
      action="unsplit"
      label="kntc.letters.split.undo_action"
      icon={<UndoIcon />}
      title="kntc.letters.split.undo_title"
      submitLabel="kntc.letters.split.undo_submit"
      done="kntc.letters.split.undone"
      defaultValues={{ note: '' }}
      run={(dataProvider, record) => dataProvider.unsplitPetition({ id: record.id, version: record.version })}
    >
      {() => <Typography variant="body2">{translate('kntc.letters.split.undo_intro')}</Typography>}
    </StepButton>
  );
}
