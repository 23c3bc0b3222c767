import * as echarts from 'echarts';
import type { Audit } from '../types.js';
import { compareStrings } from '../util/text.js';

const WIDTH = 720;
const BAR_HEIGHT = 34;

/**
 * Renders a chart option to SVG with ECharts' server-side renderer (no browser, no DOM).
 */
function render(option: echarts.EChartsOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // ECharts numbers instances and style classes with process-wide counters; renumber them in order
  // of appearance so the same chart always gives the same bytes.
  const names = new Map<string, string>();
  const stable = svg.replace(/\bzr\d+-cls-\d+\b/g, (name) => {
    if (!names.has(name)) names.set(name, `zr-cls-${names.size}`);
    return names.get(name)!;
  });
  return `${stable}\n`;
}

/**
 * A chart of more sources than this is a wall of bars no one reads (34 px each: 340,000 px at
 * 10,000 articles) and takes seconds to draw; past it, both charts show the sources of lowest trust.
 */
export const MAX_CHARTED_SOURCES = 50;

type SourceAudit = Audit['sources'][number];

/**
 * The sources both charts show, top to bottom: all of them in the audit's order, or, past
 * `MAX_CHARTED_SOURCES`, those of lowest trust, lowest first (ties by article id).
 */
export function chartedSources(audit: Pick<Audit, 'sources'>): SourceAudit[] {
  if (audit.sources.length <= MAX_CHARTED_SOURCES) return audit.sources;
  return [...audit.sources].sort((x, y) => x.trust - y.trust || compareStrings(x.article, y.article)).slice(0, MAX_CHARTED_SOURCES);
}

/** A chart's title, saying which sources it shows when it does not show them all. */
function titled(title: string, audit: Pick<Audit, 'sources'>): string {
  return audit.sources.length <= MAX_CHARTED_SOURCES ? title : `${title}: the ${MAX_CHARTED_SOURCES} of lowest trust, of ${audit.sources.length}`;
}

function heightFor(count: number): number {
  return Math.max(160, 90 + count * BAR_HEIGHT);
}

/** Horizontal bars of TruthFinder trust per source, 0..1. */
export function trustChart(audit: Pick<Audit, 'sources'>): string {
  // ECharts draws a category axis bottom up.
  const sources = [...chartedSources(audit)].reverse();
  return render(
    {
      title: { text: titled('Trust per source (TruthFinder)', audit), left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 180, right: 60, top: 40, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 1 },
      yAxis: { type: 'category', data: sources.map((source) => source.article) },
      series: [{ type: 'bar', data: sources.map((source) => source.trust), label: { show: true, position: 'right', formatter: (item: { value?: unknown }) => Number(item.value).toFixed(2) }, itemStyle: { color: '#4e79a7' } }],
    },
    heightFor(sources.length),
  );
}

/** Stacked bars per source: claims corroborated, contradicted and single-source, as shares. */
export function claimsChart(audit: Pick<Audit, 'sources'>): string {
  const sources = [...chartedSources(audit)].reverse();
  const series = [
    { name: 'corroborated', color: '#59a14f', value: (source: SourceAudit) => source.corroboratedShare },
    { name: 'contradicted', color: '#e15759', value: (source: SourceAudit) => source.contradictedShare },
    { name: 'single-source', color: '#bab0ac', value: (source: SourceAudit) => source.singleSourceShare },
    {
      name: 'compared, neither',
      color: '#e8e4df',
      value: (source: SourceAudit) => Math.max(0, Math.round((1 - source.corroboratedShare - source.contradictedShare - source.singleSourceShare) * 1000) / 1000),
    },
  ];
  return render(
    {
      title: { text: titled('Claims by outcome, share per source', audit), left: 'center', textStyle: { fontSize: 14 } },
      legend: { top: 30 },
      grid: { left: 180, right: 40, top: 66, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 1 },
      yAxis: { type: 'category', data: sources.map((source) => source.article) },
      series: series.map((entry) => ({ name: entry.name, type: 'bar', stack: 'claims', data: sources.map(entry.value), itemStyle: { color: entry.color } })),
    },
    heightFor(sources.length) + 26,
  );
}

/** Chart file names, relative to the report folder, and their SVG text. */
export function auditCharts(audit: Audit): { file: string; svg: string; title: string }[] {
  return [
    { file: 'trust.svg', svg: trustChart(audit), title: 'Trust per source' },
    { file: 'claims-by-source.svg', svg: claimsChart(audit), title: 'Claims by outcome per source' },
  ];
}
