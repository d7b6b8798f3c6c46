#!/usr/bin/env node
// `accord` CLI launcher: loads the TypeScript sources (client/cli.ts) through tsx, so `npx accord …`
// works in this repository without a build step. Node ≥ 22.17 (the project pins Node 24).
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../client/cli.ts', import.meta.url);
await main();
