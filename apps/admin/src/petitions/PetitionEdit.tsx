import { PetitionUpdateDataSchema } from '@kntc/domain';
import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { besideOrBelow } from '../layout/aside';
import { DeadlinePanel } from './DeadlinePanel';
import { DraftDeleteButton } from './DraftDeleteButton';
import { PetitionInputs } from './PetitionInputs';
import { keepProtectedSigners, petitionResolver } from './petition-form';
import { RegisterButton } from './RegisterButton';
import { useSaveErrorHandler } from '../forms/save-errors';

const resolver = petitionResolver(PetitionUpdateDataSchema);

// Reloading the record after a conflict must not wipe what the user typed: dirty fields stay.
const keepTyping = { keepDirtyValues: true } as const;

function EditActions() {
  return (
    <TopToolbar>
      <RegisterButton />
      <ShowButton />
    </TopToolbar>
  );
}

function EditToolbar() {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DraftDeleteButton />
    </Toolbar>
  );
}

/**
 * Pessimistic: the form stays open until the server accepts the change, so a validation
 * error or a version conflict leaves the user's input on screen.
 */
export function PetitionEdit() {
  const onError = useSaveErrorHandler('kntc.petitions.reload');
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={<EditActions />}
      aside={<DeadlinePanel />}
      sx={besideOrBelow}
      mutationOptions={{ onError }}
      transform={keepProtectedSigners}
    >
      <SimpleForm resolver={resolver} resetOptions={keepTyping} toolbar={<EditToolbar />}>
        <PetitionInputs />
      </SimpleForm>
    </Edit>
  );
}
