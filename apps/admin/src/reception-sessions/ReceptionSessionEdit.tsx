import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { SessionInputs } from './SessionInputs';
import { sessionResolver } from './session-form';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Pessimistic with the version check: a stale edit is refused and the input stays on screen. */
export function ReceptionSessionEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={sessionResolver} resetOptions={keepTyping}>
        <SessionInputs />
      </SimpleForm>
    </Edit>
  );
}
