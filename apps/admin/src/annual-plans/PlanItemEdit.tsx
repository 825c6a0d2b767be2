import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { planItemResolver } from './plan-form';
import { toPlan } from './PlanItemCreate';
import { PlanItemInputs } from './PlanItemInputs';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Its content, units and time frame; its progress is recorded with "Cập nhật tiến độ", not here. */
export function PlanItemEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect={toPlan} mutationOptions={{ onError }}>
      <SimpleForm resolver={planItemResolver} resetOptions={keepTyping}>
        <PlanItemInputs isEdit />
      </SimpleForm>
    </Edit>
  );
}
