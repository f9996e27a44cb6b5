export { generateToDirectory, type GenerateToDirectoryOptions, type GenerateResult } from './generate-to-directory.js';
