import DraftsIcon from '@mui/icons-material/Drafts';
import { PetitionCreateSchema } from '@kntc/domain';
import { Create, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { PetitionInputs } from './PetitionInputs';
import { createDefaults, petitionResolver } from './petition-form';

const resolver = petitionResolver(PetitionCreateSchema);

/** Two ways out: register now (receipt number issued), or keep a draft to finish later. */
function CreateToolbar() {
  return (
    <Toolbar sx={{ gap: 2 }}>
      <SaveButton label="kntc.petitions.save_and_register" />
      <SaveButton
        type="button"
        variant="outlined"
        label="kntc.petitions.save_draft"
        icon={<DraftsIcon />}
        transform={(data) => ({ ...data, saveAsDraft: true })}
      />
    </Toolbar>
  );
}

export function PetitionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm resolver={resolver} defaultValues={createDefaults} toolbar={<CreateToolbar />}>
        <PetitionInputs />
        {/* Last, just above the save buttons: the check to make before registering. */}
        <DuplicateSuggestions />
      </SimpleForm>
    </Create>
  );
}
