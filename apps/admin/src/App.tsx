import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { AccountPage } from './account/AccountPage';
import { ACCOUNT_PATH, AppLayout } from './account/AppLayout';
import audit from './audit';
import publications from './publications';
import retention from './retention';
import calendars from './calendars';
import cases from './cases';
import catalogues from './catalogues';
import { Dashboard } from './dashboard/Dashboard';
import deadlineRecalculations from './deadline-recalculations';
import deadlineRules from './deadline-rules';
import { LoginPage } from './layout/LoginPage';
import permissions from './permissions';
import petitions from './petitions';
import receptionVisits from './reception-visits';
import receptionSessions, { receptionDirections } from './reception-sessions';
import reports from './reports';
import filedReports from './reports/filed-reports';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import users from './users';
import staffAssignments from './staff-assignments';
import trainings from './trainings';
import rewards from './rewards';
import equipment from './equipment';
import annualPlans, { planItems, planProgress } from './annual-plans';
import { theme } from './theme';

// react-admin's own router (react-router) supplies the Route its CustomRoutes expect.
const { Route } = reactRouterProvider;

export function App() {
  return (
    <Admin
      title="KNTC – Sở Nội vụ"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      loginPage={LoginPage}
      layout={AppLayout}
      theme={theme}
      requireAuth
      // No usage ping to a third party from a government back office.
      disableTelemetry
    >
      <Resource name="petitions" {...petitions} />
      <Resource name="receptionVisits" {...receptionVisits} />
      <Resource name="receptionSessions" {...receptionSessions} />
      <Resource name="receptionDirections" {...receptionDirections} />
      <Resource name="cases" {...cases} />
      <Resource name="reports" {...reports} />
      <Resource name="filedReports" {...filedReports} />
      <Resource name="staffAssignments" {...staffAssignments} />
      <Resource name="trainings" {...trainings} />
      <Resource name="rewards" {...rewards} />
      <Resource name="equipment" {...equipment} />
      <Resource name="annualPlans" {...annualPlans} />
      <Resource name="planItems" {...planItems} />
      <Resource name="planProgress" {...planProgress} />
      <Resource name="calendars" {...calendars} />
      <Resource name="deadlineRules" {...deadlineRules} />
      <Resource name="deadlineRecalculations" {...deadlineRecalculations} />
      <Resource name="catalogues" {...catalogues} />
      <Resource name="permissions" {...permissions} />
      <Resource name="users" {...users} />
      <Resource name="audit" {...audit} />
      <Resource name="publications" {...publications} />
      <Resource name="retention" {...retention} />
      <CustomRoutes>
        <Route path={ACCOUNT_PATH} element={<AccountPage />} />
      </CustomRoutes>
    </Admin>
  );
}
