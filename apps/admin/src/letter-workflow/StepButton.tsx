import { useState, type ReactNode } from 'react';
import { Button, useDataProvider } from 'react-admin';
import type { PetitionAction } from '@kntc/domain';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { StepDialog, type StepDialogProps } from './StepDialog';
import { useLetterStep, useStepRunner } from './use-letter-step';

type Values = Record<string, unknown>;

/** The dialog's note, or absent when left empty. */
export const noteOf = (values: Values): string | undefined => (typeof values.note === 'string' ? values.note : undefined);

/**
 * A letter-workflow step behind a button: shown only when the letter's state and the user's role
 * allow it, opening a StepDialog whose submit runs the step, reports it and reloads the letter.
 */
export function StepButton(
  props: {
    action: PetitionAction;
    label: string;
    icon: ReactNode;
    color?: 'primary' | 'success' | 'warning' | 'error';
    /** The message shown once the server has accepted the step. */
    done: string;
    run: (dataProvider: KntcDataProvider, record: Petition, values: Values) => Promise<{ data: Petition }>;
    children: (record: Petition) => ReactNode;
  } & Pick<StepDialogProps, 'title' | 'submitLabel' | 'defaultValues' | 'validate' | 'maxWidth'>,
) {
  const { action, label, icon, color, done, run, children, ...dialog } = props;
  const { record, isOffered } = useLetterStep(action);
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} {...(color ? { color } : {})}>
        <>{icon}</>
      </Button>
      <StepDialog
        {...dialog}
        open={open}
        onClose={() => setOpen(false)}
        recordId={record.id}
        {...(color && color !== 'primary' ? { submitColor: color } : {})}
        onSubmit={(values) => runStep(() => run(dataProvider, record, values), done)}
      >
        {children(record)}
      </StepDialog>
    </>
  );
}
