// Before any other module: V8's compiler settings apply to the functions created after them.
import '../core/jit-tuning.js';
import { main } from './main.js';

// Process entry: the exit code is set, not forced, so stdout drains before Node exits.
main(process.argv).then((code) => { process.exitCode = code; });
