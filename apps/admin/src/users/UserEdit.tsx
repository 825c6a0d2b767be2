import { Edit, ListButton, SaveButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { ResetPasswordButton } from './ResetPasswordButton';
import { ResetTotpButton } from './ResetTotpButton';
import { UserInputs } from './UserInputs';

const keepTyping = { keepDirtyValues: true } as const;

function EditActions() {
  return (
    <TopToolbar>
      <ResetPasswordButton />
      <ResetTotpButton />
      <ListButton />
    </TopToolbar>
  );
}

/** No delete: an official who leaves is deactivated, so letters keep who handled them. */
function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

/** Sửa tài khoản: name, position, role, unit, active. Deactivating ends the official's sessions at once. */
export function UserEdit() {
  const onError = useSaveErrorHandler('kntc.users.reload');
  return (
    <Edit mutationMode="pessimistic" redirect="list" actions={<EditActions />} mutationOptions={{ onError }}>
      <SimpleForm resetOptions={keepTyping} toolbar={<EditToolbar />}>
        <UserInputs isNew={false} />
      </SimpleForm>
    </Edit>
  );
}
