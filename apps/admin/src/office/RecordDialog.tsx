import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ReactNode } from 'react';
import { Form, SaveButton, useNotify, useRefresh, useTranslate, type FormProps } from 'react-admin';
import { commandFailure, type CommandFailure } from '../cases/command-errors';
import { TextButton } from '../cases/TextButton';

type Values = Record<string, unknown>;

/**
 * A dialog that records one dated line on a record (a maintenance check, a progress note).
 * Pessimistic: it closes only once the server has saved, then the page reloads; a refusal keeps
 * what was typed, with the server's reason and its field messages on the inputs.
 */
export function RecordDialog({
  title,
  titleArgs,
  confirm,
  done,
  resolver,
  defaults,
  save,
  onSaved,
  onClose,
  children,
}: {
  title: string;
  titleArgs?: Record<string, unknown>;
  confirm: string;
  done: string;
  resolver: NonNullable<FormProps['resolver']>;
  defaults: Values;
  save(values: Values): Promise<unknown>;
  /** For a page that loads its data itself, which react-admin's refresh does not reach. */
  onSaved?: () => void;
  onClose(): void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [failure, setFailure] = useState<CommandFailure>();
  const [initial] = useState(defaults);
  const titleId = useId();

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      await save(values);
      notify(done, { type: 'success' });
      refresh();
      onSaved?.();
      onClose();
    } catch (error) {
      const found = commandFailure(error);
      setFailure(found);
      return found.fieldErrors;
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form record={initial} resolver={resolver} onSubmit={submit}>
        <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
        <DialogContent>
          {children}
          {failure ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {translate(failure.message)}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <TextButton label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={confirm} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
