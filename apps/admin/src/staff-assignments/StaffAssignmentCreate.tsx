import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { assignmentDefaults, assignmentResolver } from './assignment-form';
import { StaffAssignmentInputs } from './StaffAssignmentInputs';

/** Phân công cán bộ: a new period; an official's earlier one must be ended first (the server says so on the date). */
export function StaffAssignmentCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={assignmentResolver} defaultValues={assignmentDefaults}>
        <StaffAssignmentInputs />
      </SimpleForm>
    </Create>
  );
}
