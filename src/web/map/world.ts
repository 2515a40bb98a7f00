/** The world's countries from world-atlas (Natural Earth 1:110m, bundled: no tile server), keyed by CAMEO country code. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import ids from './world-ids.json';

/** A country shape with its CAMEO code (null for the few areas with none, e.g. Antarctica's neighbours). */
export type CountryFeature = Feature<Geometry, { name: string; code: string | null }>;

/** Areas never drawn: they carry no events and take a fifth of the map. */
const LEFT_OUT: ReadonlySet<string> = new Set(['ATA']);

/** The CAMEO code of a world-atlas feature, by its ISO numeric id, else by its name. */
export function featureCode(id: string | number | undefined, name: string): string | null {
  const byId = ids.byId as Record<string, string>;
  const byName = ids.byName as Record<string, string>;
  return (id !== undefined ? byId[String(id).padStart(3, '0')] : undefined) ?? byName[name] ?? null;
}

let world: Promise<CountryFeature[]> | null = null;

/** The country features, loaded once (the TopoJSON and its decoder are split out of the main bundle). */
export function loadWorld(): Promise<CountryFeature[]> {
  world ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(([atlas, topojson]) => {
    const topo = (atlas.default ?? atlas) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = topojson.feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    return fc.features
      .map((f) => ({ ...f, properties: { name: f.properties.name, code: featureCode(f.id, f.properties.name) } }))
      .filter((f) => !f.properties.code || !LEFT_OUT.has(f.properties.code));
  });
  return world;
}
