/** One-to-one assignment of predictions to gold items: a maximum bipartite matching (Kuhn's augmenting paths). */

/**
 * Matches gold items (left) to predictions (right), each at most once. Gold items are tried in the order
 * given, and an augmenting path never unmatches a matched gold item, so putting required items first
 * gives the most required matches possible and, among those, the most matches overall.
 * Returns, for each gold item, the index of its prediction or -1.
 * @example assignOneToOne(2, 1, () => true) // [0, -1]
 */
export function assignOneToOne(goldCount: number, predictedCount: number, edge: (gold: number, predicted: number) => boolean): number[] {
  const adjacency: number[][] = [];
  for (let g = 0; g < goldCount; g++) {
    const row: number[] = [];
    for (let p = 0; p < predictedCount; p++) if (edge(g, p)) row.push(p);
    adjacency.push(row);
  }
  const goldOf = new Array<number>(predictedCount).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (const p of adjacency[g]!) {
      if (seen[p]) continue;
      seen[p] = true;
      if (goldOf[p] === -1 || augment(goldOf[p]!, seen)) {
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < goldCount; g++) augment(g, new Array<boolean>(predictedCount).fill(false));
  const predictedOf = new Array<number>(goldCount).fill(-1);
  goldOf.forEach((g, p) => { if (g >= 0) predictedOf[g] = p; });
  return predictedOf;
}
