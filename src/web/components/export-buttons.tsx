/** Download links for every event matching the current filters, in the API's export formats. */
import { apiHref, type Query } from '../api/client.js';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'ndjson', label: 'NDJSON' },
  { format: 'gdelt', label: 'GDELT TSV' },
] as const;

/** Export links for the filtered events; `geojson` adds the GeoJSON format (the map). */
export function ExportButtons({ query, geojson = false }: { query: Query; geojson?: boolean }) {
  const formats = geojson ? [...FORMATS, { format: 'geojson', label: 'GeoJSON' } as const] : FORMATS;
  return (
    <div class="exports" role="group" aria-label="Export the filtered events">
      <span class="exports-label">Export</span>
      {formats.map(({ format, label }) => (
        <a key={format} class="button button-small" href={apiHref('/api/export', { ...query, format })} download data-format={format}>
          {label}
        </a>
      ))}
    </div>
  );
}
