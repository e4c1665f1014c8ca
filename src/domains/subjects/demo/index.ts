// Deterministic demo data for Nanshan: subjects now, more domains as they land.
export { generateDemoSubjects, demoSubject, type DemoOptions } from './generate-demo-subjects.js';
export { MAX_DEMO_SUBJECTS } from './demo-codes.js';
export { counted } from './counted.js';
// The demo PRNG, for the demo data of the domains above subjects (records).
export { createRandom, mix32, type Random } from './random.js';
