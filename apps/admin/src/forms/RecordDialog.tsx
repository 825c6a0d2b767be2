import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ReactNode } from 'react';
import { Form, SaveButton, useNotify, useTranslate, type FormProps } from 'react-admin';
import { commandFailure, type CommandFailure } from '../cases/command-errors';
import { TextButton } from '../cases/TextButton';

type Values = Record<string, unknown>;

/**
 * A dialog that records one line on a record (a case's verification step or measure, a device's
 * check, a plan item's progress note). Pessimistic: it closes only once the server has saved and
 * the caller has reloaded what it shows; a refusal keeps what was typed, with the server's reason
 * and its field messages on the inputs.
 */
export function RecordDialog({
  title,
  titleArgs,
  resource,
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
  /** The resource whose field labels the inputs use, when it is not the page's. */
  resource?: string;
  confirm: string;
  done: string;
  resolver: NonNullable<FormProps['resolver']>;
  defaults: Values;
  save(values: Values): Promise<unknown>;
  /** Reloads what the page shows: react-admin's refresh, or a page's own loader. */
  onSaved(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [failure, setFailure] = useState<CommandFailure>();
  const [initial] = useState(defaults);
  const titleId = useId();

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      await save(values);
      notify(done, { type: 'success' });
      onSaved();
      onClose();
    } catch (error) {
      const found = commandFailure(error);
      setFailure(found);
      return found.fieldErrors;
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form record={initial} resolver={resolver} onSubmit={submit} {...(resource ? { resource } : {})}>
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
