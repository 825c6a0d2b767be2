import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { assignmentResolver } from './assignment-form';
import { StaffAssignmentInputs } from './StaffAssignmentInputs';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Sửa or kết thúc a period (its end date); pessimistic with the version check. */
export function StaffAssignmentEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={assignmentResolver} resetOptions={keepTyping}>
        <StaffAssignmentInputs isEdit />
      </SimpleForm>
    </Edit>
  );
}
