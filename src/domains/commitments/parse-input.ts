import type { z } from 'zod';
import { parseWith } from '../../kernel/parse.js';

/** The service checks its input with the route's schema (src/kernel/parse.ts), so the pages and the API get the same rules. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => parseWith(schema, input);
