import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

const blank = { isActive: true, unitId: null, position: '' };

/**
 * Thêm tài khoản. Pessimistic: a username already taken or a weak temporary password comes back
 * from the server onto its input.
 */
export function UserCreate() {
  return (
    <Create redirect="edit" mutationMode="pessimistic">
      <SimpleForm defaultValues={blank}>
        <UserInputs isNew />
      </SimpleForm>
    </Create>
  );
}
