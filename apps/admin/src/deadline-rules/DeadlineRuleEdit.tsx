import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useRecalculationNotice } from '../deadline-recalculations/use-recalculation-notice';
import { useSaveErrorHandler } from '../forms/save-errors';
import { DeadlineRuleInputs } from './DeadlineRuleInputs';
import { NewVersionButton } from './NewVersionButton';
import { ruleResolver } from './rule-form';

const keepTyping = { keepDirtyValues: true } as const;

function EditActions() {
  return (
    <TopToolbar>
      <NewVersionButton />
      <ShowButton />
    </TopToolbar>
  );
}

function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

/** Pessimistic: a rule change moves running deadlines on the server, then says how many. */
export function DeadlineRuleEdit() {
  const onError = useSaveErrorHandler('kntc.deadline_rules.reload');
  const { transform, onSuccess } = useRecalculationNotice();
  return (
    <Edit mutationMode="pessimistic" actions={<EditActions />} transform={transform} mutationOptions={{ onSuccess, onError }}>
      <SimpleForm resolver={ruleResolver} resetOptions={keepTyping} toolbar={<EditToolbar />}>
        <DeadlineRuleInputs isNew={false} />
      </SimpleForm>
    </Edit>
  );
}
