// The hourly charts, drawn by ECharts (served from the WAR's WebJar, no CDN) on canvas.
import { lang, t } from './i18n.js';

const charts = {};

function chartIn(id) {
  if (!charts[id]) {
    charts[id] = window.echarts.init(document.getElementById(id), null, { renderer: 'canvas', locale: lang === 'ru' ? 'RU' : 'EN' });
    window.addEventListener('resize', () => charts[id].resize());
  }
  return charts[id];
}

function hourLabel(iso) {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

function options(hours, series, kind) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: hours.map((h) => hourLabel(h.hour)) },
    yAxis: { type: 'value', minInterval: kind === 'bar' ? 1 : 0 },
    series: series.map(([key, field, color]) => ({
      name: t(key),
      type: kind,
      stack: kind === 'bar' && field !== 'events' ? 'total' : undefined,
      data: hours.map((h) => h[field]),
      itemStyle: { color },
      showSymbol: false,
    })),
  };
}

/** Draws (or redraws) the three charts from the hourly figures. */
export function drawCharts(hours) {
  chartIn('chart-syncs').setOption(
    options(hours, [['series.syncs', 'syncs', '#3b7dd8'], ['series.failedSyncs', 'failedSyncs', '#d9534f']], 'bar'));
  chartIn('chart-flow').setOption(
    options(
      hours,
      [['series.events', 'events', '#8e6bbf'], ['series.sent', 'sent', '#3c9d5d'], ['series.failed', 'failed', '#d9534f']],
      'bar'));
  chartIn('chart-lag').setOption(
    options(hours, [['series.averageLag', 'averageLagSeconds', '#3b7dd8'], ['series.longestLag', 'longestLagSeconds', '#e0a030']], 'line'));
}
