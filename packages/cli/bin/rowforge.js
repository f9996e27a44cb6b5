#!/usr/bin/env node
// Launcher: runs the TypeScript sources through tsx, so `npx rowforge` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
