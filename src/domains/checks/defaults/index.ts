import { measureDefinitionSchema, type MeasureDefinition, type MeasureDefinitionInput } from '../schema.js';
import { fundsAndHousing } from './funds-housing.js';
import { licensingAndMarket } from './licensing-market.js';
import { peopleAndHonours } from './people.js';
import { procurementAndBidding } from './procurement-bidding.js';
import { rewards } from './rewards.js';
import { supervision } from './supervision.js';

export { LIST, BLACK_LISTS, RED_LISTS, WATCH_LISTS, SECTOR_BLACK_LISTS } from './list-types.js';
export { BASIS } from './legal-bases.js';

/** The default measure catalogue (SPEC §6), installed as version 1 of each measure at start-up. */
export const DEFAULT_MEASURE_INPUTS: readonly MeasureDefinitionInput[] = [
  ...procurementAndBidding, ...fundsAndHousing, ...peopleAndHonours, ...licensingAndMarket, ...supervision, ...rewards,
];

export function defaultMeasures(): MeasureDefinition[] {
  return DEFAULT_MEASURE_INPUTS.map((m) => measureDefinitionSchema.parse(m));
}
