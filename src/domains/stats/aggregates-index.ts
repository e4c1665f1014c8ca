// The aggregates consumer and its loop, for the composition root and `serve`.
export { createStatsAggregator, type StatsAggregator, type AggregatesPass } from './aggregates.js';
export { startStatsLoop, STATS_LOOP_INTERVAL_MS } from './aggregates-loop.js';
