import { ratingModelDefinitionSchema, type RatingModelDefinition, type RatingModelInput } from '../model-definition.js';
import { constructionCredit } from './construction.js';
import { envCredit } from './env-credit.js';
import { marketRisk } from './market-risk.js';
import { procurementSupplier } from './procurement.js';
import { publicComposite } from './public-composite.js';
import { rentalHousing } from './rental-housing.js';
import { taxCredit } from './tax-credit.js';

export { BLACK_LIST_TYPES } from './black-lists.js';

/** The preset models (SPEC §7), installed as published version 1 when missing (docs/ratings.md describes each and its basis). */
export const PRESET_INPUTS: readonly RatingModelInput[] = [
  publicComposite, marketRisk, taxCredit, envCredit, procurementSupplier, constructionCredit, rentalHousing,
];

let parsed: readonly RatingModelDefinition[] | undefined;

/** The presets, parsed once (defaults filled in). */
export function presetModels(): readonly RatingModelDefinition[] {
  parsed ??= Object.freeze(PRESET_INPUTS.map((p) => ratingModelDefinitionSchema.parse(p)));
  return parsed;
}
