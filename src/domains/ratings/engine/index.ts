// The rating engine: pure functions of a model, a subject's records and a date.
export { compileModel, type CompiledModel } from './compile-model.js';
export { rateSubject, type RatingResult } from './rate-subject.js';
export { countsOn } from './counts-on.js';
export type { RatingRecord } from './rating-record.js';
export { explanationJson, explanationIdentity, type Explanation, type Factor, type RuleHit } from './explanation.js';
export { fromHundredths, toHundredths, mulDivRound, divRound } from './points.js';
