#!/usr/bin/env node
// Entry point for the `dyad` command: the compiled CLI lives in dist/ (built by `npm run build`).
import { main } from '../dist/cli/main.js';
main(process.argv).then((code) => { process.exitCode = code; });
