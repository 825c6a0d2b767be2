import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { CreateButton, Datagrid, FunctionField, List, SearchInput, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import type { UserAccountRecord } from '../providers/data-provider';
import { roleChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Tìm theo tên đăng nhập, họ tên, chức vụ" />,
  <SelectInput key="role" source="role" choices={roleChoices} translateChoice={false} />,
  <SelectInput
    key="isActive"
    source="isActive"
    choices={[
      { id: 'true', name: 'kntc.users.active' },
      { id: 'false', name: 'kntc.users.inactive' },
    ]}
    parse={(v: string) => (v === '' ? undefined : v === 'true')}
    format={(v: boolean | undefined) => (v === undefined ? '' : String(v))}
  />,
];

/** What the administrator needs to see at a glance: locked out, waiting for a new password, second factor. */
function AccountState({ account }: { account: UserAccountRecord }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {account.isActive ? (
        <Chip size="small" color="success" label={translate('kntc.users.active')} />
      ) : (
        <Chip size="small" variant="outlined" label={translate('kntc.users.inactive')} />
      )}
      {account.mustChangePassword && <Chip size="small" color="warning" variant="outlined" label={translate('kntc.users.must_change')} />}
      {account.totpEnabled && <Chip size="small" variant="outlined" label={translate('kntc.users.totp')} />}
    </Stack>
  );
}

/** Tài khoản cán bộ: every account of the agency, inactive ones included. */
export function UserList() {
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      sort={{ field: 'username', order: 'ASC' }}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="fullName" />
        <TextField source="position" sortable={false} />
        <FunctionField<UserAccountRecord> source="role" render={(a) => a.roleLabel} />
        <FunctionField<UserAccountRecord> source="unitName" render={(a) => a.unitName ?? '—'} />
        <FunctionField<UserAccountRecord> source="isActive" render={(a) => <AccountState account={a} />} />
      </Datagrid>
    </List>
  );
}
