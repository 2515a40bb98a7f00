#!/usr/bin/env node
// Entry point for the `dyad` command; the compiled CLI lives in dist/ (`npm run build`).
import '../dist/cli/run.js';
