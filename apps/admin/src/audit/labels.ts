import { auditActionLabel, auditActionLabels, auditAreaLabels, auditEntityLabels, roleLabels, type RoleCode } from '@kntc/domain';

/**
 * The action filter offers each area (all of its actions) and then each known action. Choice
 * names are already Vietnamese, so the inputs take them as they are.
 */
export function actionChoices(allActionsOf: (area: string) => string): { id: string; name: string }[] {
  const areas = Object.entries(auditAreaLabels).map(([id, label]) => ({ id, name: allActionsOf(label) }));
  const actions = Object.keys(auditActionLabels).map((id) => ({ id, name: auditActionLabel(id) }));
  return [...areas, ...actions];
}

export const entityChoices = Object.entries(auditEntityLabels).map(([id, name]) => ({ id, name }));

export const entityLabel = (entity: string | null) => (entity ? (auditEntityLabels[entity] ?? entity) : null);

export const roleLabel = (role: string | null) => (role ? (roleLabels[role as RoleCode] ?? role) : null);

/** Where the back office shows a record the log names, when it has a screen for it. */
const recordScreens: Record<string, { resource: string; type: 'show' | 'edit' }> = {
  petitions: { resource: 'petitions', type: 'show' },
  cases: { resource: 'cases', type: 'show' },
  calendar_years: { resource: 'calendars', type: 'show' },
  deadline_rules: { resource: 'deadlineRules', type: 'show' },
  catalogue_items: { resource: 'catalogues', type: 'edit' },
  users: { resource: 'users', type: 'edit' },
};

export function recordScreen(entity: string | null, entityId: string | null) {
  const screen = entity ? recordScreens[entity] : undefined;
  return screen && entityId ? { ...screen, id: entityId } : null;
}
