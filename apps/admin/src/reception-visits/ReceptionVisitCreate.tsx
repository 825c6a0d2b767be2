import { ReceptionVisitCreateSchema } from '@kntc/domain';
import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { VisitInputs } from './VisitInputs';
import { visitDefaults, visitResolver, clearHiddenVisitFields } from './visit-form';

const resolver = visitResolver(ReceptionVisitCreateSchema);

/** Ghi sổ a visit; "Tiếp nhận đơn" also registers the letter, so the show page offers its receipt. */
export function ReceptionVisitCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }} transform={clearHiddenVisitFields}>
      <SimpleForm resolver={resolver} defaultValues={visitDefaults}>
        <VisitInputs />
      </SimpleForm>
    </Create>
  );
}
