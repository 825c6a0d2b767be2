import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { LoginPage } from './layout/LoginPage';
import petitions from './petitions';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';

export function App() {
  return (
    <Admin
      title="KNTC – Sở Nội vụ"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      loginPage={LoginPage}
      requireAuth
      // No usage ping to a third party from a government back office.
      disableTelemetry
    >
      <Resource name="petitions" {...petitions} />
    </Admin>
  );
}
