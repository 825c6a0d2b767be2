import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { accountRouter } from './routers/account.js';
import { allowanceRatesRouter } from './routers/allowanceRates.js';
import { annualPlansRouter } from './routers/annualPlans.js';
import { attachmentsRouter } from './routers/attachments.js';
import { auditRouter } from './routers/audit.js';
import { casesRouter } from './routers/cases.js';
import { cataloguesRouter } from './routers/catalogues.js';
import { calendarsRouter, deadlineRecalculationsRouter, deadlineRulesRouter } from './routers/legal-clock.js';
import { dashboardRouter } from './routers/dashboard.js';
import { documentsRouter } from './routers/documents.js';
import { equipmentRouter } from './routers/equipment.js';
import { filedReportsRouter } from './routers/filedReports.js';
import { identitiesRouter } from './routers/identities.js';
import { retentionRouter } from './routers/retention.js';
import { permissionsRouter } from './routers/permissions.js';
import { petitionsRouter } from './routers/petitions.js';
import { planItemsRouter } from './routers/planItems.js';
import { planProgressRouter } from './routers/planProgress.js';
import { publicRouter } from './routers/public.js';
import { publicationsRouter } from './routers/publications.js';
import { receptionSessionsRouter } from './routers/receptionSessions.js';
import { receptionVisitsRouter } from './routers/receptionVisits.js';
import { remindersRouter } from './routers/reminders.js';
import { reportsRouter } from './routers/reports.js';
import { rewardsRouter } from './routers/rewards.js';
import { sessionRouter } from './routers/session.js';
import { staffAssignmentsRouter } from './routers/staffAssignments.js';
import { trainingsRouter } from './routers/trainings.js';
import { usersRouter } from './routers/users.js';
import { router } from './trpc.js';

export const appRouter = router({
  account: accountRouter,
  allowanceRates: allowanceRatesRouter,
  annualPlans: annualPlansRouter,
  attachments: attachmentsRouter,
  audit: auditRouter,
  calendars: calendarsRouter,
  cases: casesRouter,
  catalogues: cataloguesRouter,
  dashboard: dashboardRouter,
  deadlineRecalculations: deadlineRecalculationsRouter,
  deadlineRules: deadlineRulesRouter,
  documents: documentsRouter,
  equipment: equipmentRouter,
  filedReports: filedReportsRouter,
  identities: identitiesRouter,
  retention: retentionRouter,
  permissions: permissionsRouter,
  petitions: petitionsRouter,
  planItems: planItemsRouter,
  planProgress: planProgressRouter,
  public: publicRouter,
  publications: publicationsRouter,
  receptionSessions: receptionSessionsRouter,
  receptionVisits: receptionVisitsRouter,
  reminders: remindersRouter,
  reports: reportsRouter,
  rewards: rewardsRouter,
  session: sessionRouter,
  staffAssignments: staffAssignmentsRouter,
  trainings: trainingsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
