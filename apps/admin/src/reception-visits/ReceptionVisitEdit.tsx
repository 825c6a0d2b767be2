import { ReceptionVisitUpdateDataSchema } from '@kntc/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { VisitInputs } from './VisitInputs';
import { clearHiddenVisitFields, keepProtectedVisitors, visitResolver } from './visit-form';

const resolver = visitResolver(ReceptionVisitUpdateDataSchema);
// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Pessimistic, as everywhere: a field error or a version conflict leaves the input on screen. */
export function ReceptionVisitEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }} transform={(values: Record<string, unknown>) => clearHiddenVisitFields(keepProtectedVisitors(values))}>
      <SimpleForm resolver={resolver} resetOptions={keepTyping}>
        <VisitInputs />
      </SimpleForm>
    </Edit>
  );
}
