import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { RewardInputs } from './RewardInputs';
import { rewardDefaults, rewardResolver } from './reward-form';

/** Đề nghị khen thưởng or a disciplinary record; the decision may be entered now or later. */
export function RewardCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={rewardResolver} defaultValues={rewardDefaults}>
        <RewardInputs />
      </SimpleForm>
    </Create>
  );
}
