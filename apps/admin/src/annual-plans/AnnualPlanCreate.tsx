import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { planDefaults, planResolver } from './plan-form';
import { PlanInputs } from './PlanInputs';

/** Lập kế hoạch năm; its items are added on the plan's page. */
export function AnnualPlanCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={planResolver} defaultValues={planDefaults}>
        <PlanInputs />
      </SimpleForm>
    </Create>
  );
}
