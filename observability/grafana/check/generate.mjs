// Writes generated/<dashboard>.ts for each ../dashboards/*.json: the dashboard as an object literal
// typed Dashboard (@grafana/schema), so that tsc checks it as Grafana's schema describes a dashboard,
// string-literal unions (panel, variable and link types) and unknown keys included. A JSON import would
// widen every string and hide both.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';

const dashboards = new URL('../dashboards/', import.meta.url);
const generated = new URL('./generated/', import.meta.url);
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated);
for (const file of readdirSync(dashboards).filter((name) => name.endsWith('.json'))) {
  const json = JSON.parse(readFileSync(new URL(file, dashboards), 'utf8'));
  writeFileSync(new URL(file.replace(/\.json$/, '.ts'), generated),
    `import type { Dashboard } from '@grafana/schema';\n\nexport const dashboard: Dashboard = ${JSON.stringify(json, null, 2)};\n`);
}
