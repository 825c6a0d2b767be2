import { Admin, Resource } from 'react-admin';
import calendars from './calendars';
import cases from './cases';
import catalogues from './catalogues';
import { Dashboard } from './dashboard/Dashboard';
import deadlineRecalculations from './deadline-recalculations';
import deadlineRules from './deadline-rules';
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
      <Resource name="cases" {...cases} />
      <Resource name="calendars" {...calendars} />
      <Resource name="deadlineRules" {...deadlineRules} />
      <Resource name="deadlineRecalculations" {...deadlineRecalculations} />
      <Resource name="catalogues" {...catalogues} />
    </Admin>
  );
}
