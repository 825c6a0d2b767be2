import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import { PermissionMatrix } from './PermissionMatrix';

export default {
  list: PermissionMatrix,
  icon: AdminPanelSettingsIcon,
};
