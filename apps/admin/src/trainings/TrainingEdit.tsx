import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { TrainingInputs } from './TrainingInputs';
import { trainingResolver } from './training-form';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Also where attendance is marked after the day; pessimistic with the version check. */
export function TrainingEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={trainingResolver} resetOptions={keepTyping}>
        <TrainingInputs />
      </SimpleForm>
    </Edit>
  );
}
