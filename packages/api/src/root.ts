import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { attachmentsRouter } from './routers/attachments.js';
import { casesRouter } from './routers/cases.js';
import { cataloguesRouter } from './routers/catalogues.js';
import { calendarsRouter, deadlineRecalculationsRouter, deadlineRulesRouter } from './routers/legal-clock.js';
import { documentsRouter } from './routers/documents.js';
import { petitionsRouter } from './routers/petitions.js';
import { publicRouter } from './routers/public.js';
import { remindersRouter } from './routers/reminders.js';
import { sessionRouter } from './routers/session.js';
import { usersRouter } from './routers/users.js';
import { router } from './trpc.js';

export const appRouter = router({
  attachments: attachmentsRouter,
  calendars: calendarsRouter,
  cases: casesRouter,
  catalogues: cataloguesRouter,
  deadlineRecalculations: deadlineRecalculationsRouter,
  deadlineRules: deadlineRulesRouter,
  documents: documentsRouter,
  petitions: petitionsRouter,
  public: publicRouter,
  reminders: remindersRouter,
  session: sessionRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
