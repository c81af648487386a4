// A volunteered hard task's roadmap (lộ trình) drives the task: progress is the share of its
// milestones done; the last one done completes the task on the latest milestone date.

interface RoadmapMilestone {
  done_on: string | null;
}

interface RoadmapState {
  /** Whole percent of milestones done, rounded down so that 100 means every one is done. */
  progress: number;
  anyDone: boolean;
  allDone: boolean;
  /** The latest date a milestone was done on (null when none is). */
  lastDoneOn: string | null;
}

export function roadmapState(milestones: readonly RoadmapMilestone[]): RoadmapState {
  const done = milestones.filter((m) => m.done_on !== null);
  const total = milestones.length;
  const lastDoneOn = done.reduce<string | null>((max, m) => (max === null || m.done_on! > max ? m.done_on : max), null);
  return {
    progress: total === 0 ? 0 : Math.floor((100 * done.length) / total),
    anyDone: done.length > 0,
    allDone: total > 0 && done.length === total,
    lastDoneOn,
  };
}

/** A milestone's state on `today`: done (on time or late), or not yet done (due, or late once its date has passed). */
export function milestoneState(m: { due_date: string; done_on: string | null }, today: string) {
  if (m.done_on) return m.done_on > m.due_date ? ('done_late' as const) : ('done' as const);
  return m.due_date < today ? ('late' as const) : ('due' as const);
}
