import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { planResolver } from './plan-form';
import { PlanInputs } from './PlanInputs';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

export function AnnualPlanEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={planResolver} resetOptions={keepTyping}>
        <PlanInputs />
      </SimpleForm>
    </Edit>
  );
}
