// Each elder's quota in the month (GET /api/rosters/{id}/coverage), read when the dispatcher opens it.
import { api, t, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);
const COLUMNS = ['required', 'cov_planned', 'cov_unassigned', 'cov_done', 'cov_missed', 'madeUp', 'owed', 'carriedForward',
  'cov_cancelled', 'extra'];
const FIELDS = ['required', 'planned', 'unassigned', 'done', 'missed', 'madeUp', 'owed', 'carriedForward', 'cancelled', 'extra'];

/** {@code roster()}: the roster the board shows (null: none). */
export function setUpCoverage(roster) {
  let coverage = null;

  function draw() {
    if (!coverage) return;
    const owedOnly = $('coverage-owed').checked;
    $('coverage-summary').textContent = `${coverage.eldersOwed} / ${coverage.elders} ${t('eldersOwed')} · ${coverage.visitsOwed} ${t('visitsOwed')}`;
    // Those owed visits first, the most owed at the top: what the dispatcher acts on.
    const rows = coverage.coverage.filter(e => !owedOnly || e.owed > 0)
      .sort((a, b) => b.owed - a.owed || a.elderCode.localeCompare(b.elderCode));
    $('coverage').innerHTML = `<tr><th scope="col">${t('code')}</th><th scope="col">${t('name')}</th>${
      COLUMNS.map(c => `<th scope="col">${t(c)}</th>`).join('')}</tr>` + rows.map(e => `<tr data-elder="${e.elderId}"${
      e.owed > 0 ? ' class="owed"' : ''}><td>${esc(e.elderCode)}</td><td>${esc(e.elderName)}${
      e.homeHospitalBed ? ` <span class="tag bed">${t('homeBed')}</span>` : ''}</td>${
      FIELDS.map(f => `<td class="num" data-field="${f}">${e[f]}</td>`).join('')}</tr>`).join('');
  }

  async function read() {
    if (!$('coverage-box').open || !roster()) return;
    coverage = await api('GET', `/api/rosters/${roster().id}/coverage`);
    draw();
  }

  $('coverage-box').addEventListener('toggle', () => read().catch(e => say(e.message, true)));
  $('coverage-owed').addEventListener('change', draw);
  return {
    /** The roster changed: read again if open, else when next opened. */
    refresh() {
      coverage = null;
      $('coverage').innerHTML = '';
      $('coverage-summary').textContent = '';
      return read();
    },
  };
}
