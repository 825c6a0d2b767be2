import { Create, SimpleForm, type RaRecord } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { planItemDefaults, planItemResolver } from './plan-form';
import { PlanItemInputs } from './PlanItemInputs';

/** Back to the plan the item belongs to. */
export const toPlan = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => (typeof data?.planId === 'string' ? `annualPlans/${data.planId}/show` : 'annualPlans');

export function PlanItemCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect={toPlan} mutationOptions={{ onError }}>
      <SimpleForm resolver={planItemResolver} defaultValues={planItemDefaults}>
        <PlanItemInputs />
      </SimpleForm>
    </Create>
  );
}
