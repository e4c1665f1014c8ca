export { parseWith } from '../../kernel/parse.js';
