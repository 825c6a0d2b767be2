import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { RewardInputs } from './RewardInputs';
import { rewardResolver } from './reward-form';

// Reloading after a conflict must not wipe what the user typed.
const keepTyping = { keepDirtyValues: true } as const;

/** Also where the decision is recorded on a proposal; pessimistic with the version check. */
export function RewardEdit() {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={rewardResolver} resetOptions={keepTyping}>
        <RewardInputs />
      </SimpleForm>
    </Edit>
  );
}
