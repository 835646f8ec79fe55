#!/usr/bin/env node
// The sources are TypeScript run through tsx: nothing to build after `npm install` (see README, "Why tsx").
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
