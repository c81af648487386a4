// Shared by the planning and personnel benchmarks (planning-review, personnel-dashboard,
// proposal-checks): the generated province at --scale without tasks (bench/tasks-setup.ts), then its
// planning and personnel data (src/server/seed/generate-planning.ts: posts on the ladder, three years
// of ratings, a plan per unit for both planning terms, disciplines, the previous term's tenures of the
// heads, hometowns and birthplaces in pre-2025 communes), statistics refreshed as autovacuum would.
import { type PlanningGenerateResult, generatePlanningData } from '../src/server/seed/generate-planning.js';
import type { BenchOptions } from './bench.lib.js';
import { log } from './bench.lib.js';
import { type WorkBench, setUpWorkBench } from './tasks-setup.js';

export interface PlanningBench extends WorkBench {
  planning: PlanningGenerateResult;
}

export async function setUpPlanningBench(opts: BenchOptions): Promise<PlanningBench> {
  const w = await setUpWorkBench({ pg: opts.pg, scale: opts.scale, tasksPerPerson: 0 });
  try {
    const t0 = Date.now();
    const planning = await generatePlanningData(w.bench.database.db, {
      provinceUnitId: w.gen.provinceUnitId,
      communeUnitIds: w.gen.communeUnitIds,
    });
    await w.bench.bare('VACUUM ANALYZE', []);
    log(
      `planning and personnel data in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${planning.linkedPosts} posts on the ladder, ` +
        `${planning.evaluations} yearly ratings, ${planning.plans} plans with ${planning.candidates} candidates, ${planning.disciplines} disciplines, ` +
        `${planning.priorTenures} previous-term tenures, ${planning.legacyPlaces} people with pre-2025 hometown or birthplace`,
    );
    return { ...w, planning };
  } catch (e) {
    await w.close();
    throw e;
  }
}
