import Box from '@mui/material/Box';
import { BooleanInput, PasswordInput, required, SelectInput, TextInput } from 'react-admin';
import { roleChoices } from './choices';
import { useUnits } from './use-units';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

/**
 * An account's fields, shared by Create and Edit. The username is chosen once (it names the
 * official in every record they touched); a new account gets a temporary password the official
 * must replace at first sign-in. The server checks every rule and answers on the inputs.
 */
export function UserInputs({ isNew }: { isNew: boolean }) {
  const { units, isPending } = useUnits();
  return (
    <>
      {isNew && (
        <Box sx={columns}>
          <TextInput source="username" autoComplete="off" validate={required()} helperText="kntc.users.username_help" />
          <PasswordInput source="temporaryPassword" autoComplete="new-password" validate={required()} helperText="kntc.users.temporary_password_help" />
        </Box>
      )}
      <Box sx={columns}>
        <TextInput source="fullName" validate={required()} />
        <TextInput source="position" />
        <SelectInput source="role" choices={roleChoices} translateChoice={false} validate={required()} />
        <SelectInput
          source="unitId"
          choices={units}
          optionText="name"
          translateChoice={false}
          isPending={isPending}
          emptyText="kntc.users.no_unit"
          format={(v: string | null | undefined) => v ?? ''}
          parse={(v: string) => (v === '' ? null : v)}
        />
      </Box>
      <BooleanInput source="isActive" helperText="kntc.users.active_help" />
    </>
  );
}
