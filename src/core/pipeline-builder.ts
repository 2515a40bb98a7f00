import { DyadError } from './errors.js';
import type { LayerName, LayerUpdate, Stage, WorkingDoc } from './stage.js';

/** A stage paired with the resources its factory needs. */
export interface StageUse<R = any> {
  stage: Stage<R>;
  resources: R;
}

/** A compiled pipeline: runs every stage on a document in order. */
export type Pipeline = (doc: WorkingDoc) => WorkingDoc;

/**
 * Checks that every stage's requirements are assigned by an earlier stage, compiles each
 * stage once, and returns the function that runs them.
 */
export function buildPipeline(uses: StageUse[], initial: LayerName[] = []): Pipeline {
  const available = new Set<LayerName>(initial);
  for (const { stage } of uses) {
    const missing = stage.requires.filter((r) => !available.has(r));
    if (missing.length) {
      throw new DyadError('E020', `stage "${stage.name}" requires ${missing.join(', ')}; available: ${[...available].join(', ') || 'nothing'}`);
    }
    stage.assigns.forEach((a) => available.add(a));
  }
  const runs = uses.map(({ stage, resources }) => ({ stage, run: stage.create(resources) }));
  return (doc) => {
    let current = doc;
    for (const { stage, run } of runs) {
      const update: LayerUpdate = run(current);
      for (const key of Object.keys(update) as LayerName[]) {
        // Layers are written once: a stage that rewrites an earlier layer is a bug.
        if (!stage.assigns.includes(key) || current[key] !== undefined) {
          throw new Error(`stage "${stage.name}" wrote layer "${key}" it does not own`);
        }
      }
      current = { ...current, ...update };
    }
    return current;
  };
}
