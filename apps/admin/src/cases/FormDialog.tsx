import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ReactNode } from 'react';
import { Form, SaveButton, useNotify, useTranslate, type FormProps } from 'react-admin';
import { useCaseWorkspace } from './CaseWorkspace';
import { commandFailure, type CommandFailure } from './command-errors';
import { TextButton } from './TextButton';

type Values = Record<string, unknown>;

/**
 * A dialog that records one row of the case (a verification step, a measure, its completion).
 * Pessimistic like the workflow steps: it closes only once the server has saved the row, and a
 * refusal keeps what the user typed beside the server's reason.
 */
export function FormDialog({
  title,
  confirm,
  done,
  resolver,
  defaults,
  save,
  onClose,
  children,
}: {
  title: string;
  confirm: string;
  done: string;
  resolver: NonNullable<FormProps['resolver']>;
  defaults: Values;
  save(values: Values): Promise<{ data: unknown }>;
  onClose(): void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const { changed } = useCaseWorkspace();
  const [failure, setFailure] = useState<CommandFailure>();
  const [initial] = useState(defaults);
  const titleId = useId();

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      const { data } = await save(values);
      if (data === undefined) return;
      notify(done, { type: 'success' });
      changed();
      onClose();
    } catch (error) {
      const found = commandFailure(error);
      setFailure(found);
      return found.fieldErrors;
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form record={initial} resolver={resolver} onSubmit={submit} resource="cases">
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
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
