import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { UserAccountRecord } from '../providers/data-provider';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: ManageAccountsIcon,
  recordRepresentation: (account: UserAccountRecord) => `${account.fullName} (${account.username})`,
};
