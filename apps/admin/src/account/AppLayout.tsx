import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import { AppBar, Layout, Logout, UserMenu, useGetIdentity, useNavigate, useTranslate, useUserMenu, type LayoutProps } from 'react-admin';

export const ACCOUNT_PATH = '/account';

/** "Tài khoản của tôi" in the user menu: every official reaches their password and second factor. */
function AccountMenuItem() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        navigate(ACCOUNT_PATH);
      }}
    >
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('kntc.account.menu')}</ListItemText>
    </MenuItem>
  );
}

function KntcAppBar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The button shows the official's name; its accessible name must contain what it shows (WCAG 2.5.3).
  const label = identity?.fullName ? translate('kntc.account.user_menu', { name: identity.fullName }) : 'ra.auth.user_menu';
  return (
    <AppBar
      userMenu={
        <UserMenu label={label}>
          <AccountMenuItem />
          <Logout />
        </UserMenu>
      }
    />
  );
}

/** react-admin's layout with the account entry in the user menu. */
export function AppLayout({ children }: LayoutProps) {
  return <Layout appBar={KntcAppBar}>{children}</Layout>;
}
