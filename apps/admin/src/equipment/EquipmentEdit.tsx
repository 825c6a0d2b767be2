import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { EquipmentInputs } from './EquipmentInputs';
import { equipmentResolver } from './equipment-form';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Pessimistic with the version check: a log line recorded meanwhile is a newer version. */
export function EquipmentEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={equipmentResolver} resetOptions={keepTyping}>
        <EquipmentInputs />
      </SimpleForm>
    </Edit>
  );
}
