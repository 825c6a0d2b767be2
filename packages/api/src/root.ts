import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { accountRouter } from './routers/account.js';
import { attachmentsRouter } from './routers/attachments.js';
import { auditRouter } from './routers/audit.js';
import { casesRouter } from './routers/cases.js';
import { cataloguesRouter } from './routers/catalogues.js';
import { calendarsRouter, deadlineRecalculationsRouter, deadlineRulesRouter } from './routers/legal-clock.js';
import { dashboardRouter } from './routers/dashboard.js';
import { documentsRouter } from './routers/documents.js';
import { filedReportsRouter } from './routers/filedReports.js';
import { identitiesRouter } from './routers/identities.js';
import { retentionRouter } from './routers/retention.js';
import { permissionsRouter } from './routers/permissions.js';
import { petitionsRouter } from './routers/petitions.js';
import { publicRouter } from './routers/public.js';
import { publicationsRouter } from './routers/publications.js';
import { receptionSessionsRouter } from './routers/receptionSessions.js';
import { receptionVisitsRouter } from './routers/receptionVisits.js';
import { remindersRouter } from './routers/reminders.js';
import { reportsRouter } from './routers/reports.js';
import { sessionRouter } from './routers/session.js';
import { usersRouter } from './routers/users.js';
import { router } from './trpc.js';

export const appRouter = router({
  account: accountRouter,
  attachments: attachmentsRouter,
  audit: auditRouter,
  calendars: calendarsRouter,
  cases: casesRouter,
  catalogues: cataloguesRouter,
  dashboard: dashboardRouter,
  deadlineRecalculations: deadlineRecalculationsRouter,
  deadlineRules: deadlineRulesRouter,
  documents: documentsRouter,
  filedReports: filedReportsRouter,
  identities: identitiesRouter,
  retention: retentionRouter,
  permissions: permissionsRouter,
  petitions: petitionsRouter,
  public: publicRouter,
  publications: publicationsRouter,
  receptionSessions: receptionSessionsRouter,
  receptionVisits: receptionVisitsRouter,
  reminders: remindersRouter,
  reports: reportsRouter,
  session: sessionRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
