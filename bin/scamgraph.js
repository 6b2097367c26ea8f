#!/usr/bin/env node
// The `scamgraph` command (npx scamgraph …): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
