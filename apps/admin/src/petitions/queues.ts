/** The letter queues of the back office, each a preset of the list's filters. */
export const queues = ['all', 'to_classify', 'to_approve', 'due_soon', 'overdue'] as const;
export type Queue = (typeof queues)[number];

type Filters = Record<string, unknown>;

/** What each queue pins; the other queues' keys are cleared when switching. */
const presets: Record<Queue, Filters> = {
  all: {},
  to_classify: { status: 'registered' },
  to_approve: { status: 'pending_approval' },
  due_soon: { dueStatus: 'due_soon' },
  overdue: { dueStatus: 'overdue' },
};

const PRESET_KEYS = ['status', 'dueStatus'] as const;

/**
 * The queue the current filters amount to, or null when they mix a preset with another
 * status or due status (a custom view no tab stands for).
 */
export function queueOf(filters: Filters): Queue | null {
  return (
    queues.find((queue) => PRESET_KEYS.every((key) => (filters[key] ?? undefined) === (presets[queue][key] ?? undefined))) ?? null
  );
}

/** Switches to a queue and keeps the rest (search words, kind, channel, dates). */
export function filtersForQueue(queue: Queue, current: Filters): Filters {
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !(PRESET_KEYS as readonly string[]).includes(key)));
  return { ...kept, ...presets[queue] };
}

/** The filters that count a queue's letters for its tab. */
export const queueFilter = (queue: Queue): Filters => presets[queue];
