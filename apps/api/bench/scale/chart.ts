/**
 * `npx tsx bench/scale/chart.ts`: docs/benchmarks-scale.svg from bench/results/scale-*.json, p95
 * latency through HTTP against the number of letters, both axes logarithmic, one line per
 * procedure. Plain SVG written by hand: no charting dependency for one picture.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row } from './scale.bench.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const results = path.join(here, '../results');
const runs = readdirSync(results)
  .filter((f) => /^scale-\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(path.join(results, f), 'utf8')) as { letters: number; rows: Row[] })
  .sort((a, b) => a.letters - b.letters);
if (runs.length === 0) throw new Error('no bench/results/scale-*.json: run pnpm bench:scale first');

const width = 900;
const height = 560;
const plot = { left: 70, right: 330, top: 40, bottom: 60 };
const xs = runs.map((r) => r.letters);
const all = runs.flatMap((r) => r.rows.map((row) => row.http.p95)).filter((v) => v > 0);
const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
const [yMin, yMax] = [Math.pow(10, Math.floor(Math.log10(Math.min(...all)))), Math.pow(10, Math.ceil(Math.log10(Math.max(...all))))];
const x = (v: number) => plot.left + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin) || 1)) * (width - plot.left - plot.right);
const y = (v: number) => height - plot.bottom - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (height - plot.top - plot.bottom);
const colours = ['#1b5e20', '#0d47a1', '#b71c1c', '#e65100', '#4a148c', '#006064', '#827717', '#3e2723', '#880e4f', '#263238', '#01579b', '#33691e', '#bf360c', '#311b92', '#004d40', '#5d4037'];
const dashes = ['', '6 3', '2 3', '8 3 2 3'];
const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const parts: string[] = [];
parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
parts.push(`<title>p95 latency through HTTP against the number of letters</title><rect width="100%" height="100%" fill="#fff"/>`);
parts.push(`<text x="${plot.left}" y="24" font-size="15" font-weight="bold">p95 latency (ms, HTTP, 10 connections) against letters in the database</text>`);
for (let v = yMin; v <= yMax; v *= 10) {
  for (const m of [1, 2, 5]) {
    const t = v * m;
    if (t > yMax) break;
    parts.push(`<line x1="${plot.left}" x2="${width - plot.right}" y1="${y(t)}" y2="${y(t)}" stroke="${m === 1 ? '#bbb' : '#eee'}"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
  }
}
for (const v of xs) {
  parts.push(`<line x1="${x(v)}" x2="${x(v)}" y1="${plot.top}" y2="${height - plot.bottom}" stroke="#ddd"/>`);
  parts.push(`<text x="${x(v)}" y="${height - plot.bottom + 18}" text-anchor="middle">${v.toLocaleString('en')}</text>`);
}
parts.push(`<text x="${(plot.left + width - plot.right) / 2}" y="${height - 18}" text-anchor="middle">letters (log scale)</text>`);
parts.push(`<text transform="translate(18 ${(plot.top + height - plot.bottom) / 2}) rotate(-90)" text-anchor="middle">p95 ms (log scale)</text>`);
const keys = [...new Set(runs.flatMap((r) => r.rows.map((row) => row.key)))];
keys.forEach((key, i) => {
  const points = runs.flatMap((r) => r.rows.filter((row) => row.key === key).map((row) => [r.letters, row.http.p95] as const)).filter(([, v]) => v > 0);
  const label = runs.flatMap((r) => r.rows).findLast((row) => row.key === key)?.label ?? key;
  const colour = colours[i % colours.length] ?? '#000';
  const dash = dashes[Math.floor(i / 4) % dashes.length] ?? '';
  parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${points.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(' ')}"/>`);
  for (const [a, b] of points) parts.push(`<circle cx="${x(a).toFixed(1)}" cy="${y(b).toFixed(1)}" r="3" fill="${colour}"/>`);
  const ly = plot.top + 6 + i * 18;
  parts.push(`<line x1="${width - plot.right + 14}" x2="${width - plot.right + 40}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''}/>`);
  parts.push(`<text x="${width - plot.right + 46}" y="${ly + 4}">${esc(label.length > 44 ? `${label.slice(0, 43)}…` : label)}</text>`);
});
parts.push('</svg>');
// The growth table for docs/benchmarks.md: p95 through HTTP, and its floor, at each size.
const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
console.log(`| Procedure | ${runs.map((r) => `${r.letters.toLocaleString('en')} p95 ms (floor)`).join(' | ')} |`);
console.log(`|---|${runs.map(() => '---:').join('|')}|`);
for (const key of keys) {
  const label = runs.flatMap((r) => r.rows).findLast((row) => row.key === key)?.label ?? key;
  const cells = runs.map((r) => {
    const row = r.rows.find((x) => x.key === key);
    return row ? `${fmt(row.http.p95)} (${fmt(row.floor?.p95)})` : '–';
  });
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}
const out = path.resolve(here, '../../../../docs/benchmarks-scale.svg');
writeFileSync(out, `${parts.join('\n')}\n`);
console.log(`wrote ${out}`);
