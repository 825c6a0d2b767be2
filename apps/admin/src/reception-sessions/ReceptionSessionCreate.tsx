import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { SessionInputs } from './SessionInputs';
import { sessionDefaults, sessionResolver } from './session-form';

/** Lập lịch tiếp: not public until "Công bố lịch". */
export function ReceptionSessionCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={sessionResolver} defaultValues={sessionDefaults}>
        <SessionInputs />
      </SimpleForm>
    </Create>
  );
}
