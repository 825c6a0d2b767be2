import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { EquipmentInputs } from './EquipmentInputs';
import { equipmentDefaults, equipmentResolver } from './equipment-form';

/** Thêm thiết bị: its maintenance clock starts on the day it came into use. */
export function EquipmentCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={equipmentResolver} defaultValues={equipmentDefaults}>
        <EquipmentInputs />
      </SimpleForm>
    </Create>
  );
}
