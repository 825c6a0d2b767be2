import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MuiButton from '@mui/material/Button';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Button, Form, useRefresh, useTranslate, type FormProps, type Identifier } from 'react-admin';
import { hasFieldErrors, isConflict } from '../providers/http-error';

type Values = Record<string, unknown>;

export type StepDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Translation keys. */
  title: string;
  submitLabel: string;
  /** The letter the step acts on: the form starts from `defaultValues`, not from the letter's fields. */
  recordId: Identifier;
  defaultValues: Values;
  resolver?: FormProps['resolver'];
  validate?: FormProps['validate'];
  /** Runs the step; throws react-admin's HttpError when the server refuses it. */
  onSubmit: (values: Values) => Promise<void>;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  submitColor?: 'primary' | 'error' | 'warning' | 'success';
};

const fieldErrorsOf = (error: unknown): Values | undefined => {
  if (!hasFieldErrors(error) || typeof error !== 'object' || error === null || !('body' in error)) return undefined;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('errors' in body)) return undefined;
  const errors = body.errors;
  return typeof errors === 'object' && errors !== null ? (errors as Values) : undefined;
};

/**
 * A workflow step in a dialog: the form, the server's refusal in Vietnamese at the top (and on
 * each field it names), and the way out of a version conflict. It closes only once the server
 * has accepted the step, so nothing typed is lost to a refusal.
 */
export function StepDialog(props: StepDialogProps) {
  const { open, onClose, title, submitLabel, recordId, defaultValues, resolver, validate, onSubmit, children } = props;
  const translate = useTranslate();
  const refresh = useRefresh();
  const titleId = useId();
  const [failure, setFailure] = useState<{ message: string; isConflict: boolean } | null>(null);
  const [isPending, setPending] = useState(false);
  // Only the id: react-admin's Form would otherwise merge the whole letter into the step's values.
  const record = useMemo(() => ({ id: recordId }), [recordId]);

  const close = () => {
    if (isPending) return;
    setFailure(null);
    onClose();
  };

  const submit = async (values: Values) => {
    setFailure(null);
    setPending(true);
    try {
      await onSubmit(values);
      setPending(false);
      onClose();
      return undefined;
    } catch (error) {
      setPending(false);
      setFailure({
        message: error instanceof Error && error.message ? error.message : 'ra.notification.http_error',
        isConflict: isConflict(error),
      });
      // Returned errors land on the inputs they name.
      return fieldErrorsOf(error);
    }
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth={props.maxWidth ?? 'sm'}>
      <Form record={record} defaultValues={defaultValues} resolver={resolver} validate={validate} onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent dividers>
          {failure ? (
            <Alert
              severity="error"
              sx={{ mb: 2 }}
              action={
                failure.isConflict ? (
                  <Button
                    label="kntc.petitions.reload"
                    color="inherit"
                    onClick={() => {
                      setFailure(null);
                      onClose();
                      refresh();
                    }}
                  />
                ) : undefined
              }
            >
              {translate(failure.message)}
            </Alert>
          ) : null}
          {children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} disabled={isPending} />
          <MuiButton
            type="submit"
            variant="contained"
            color={props.submitColor ?? 'primary'}
            disabled={isPending}
            startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {translate(submitLabel)}
          </MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
}
