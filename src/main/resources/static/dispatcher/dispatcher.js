import { api, t, start, formatDay, formatTime, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);
let roster = null;
let polling = null;

function nextMonth() {
  const d = new Date();
  d.setMonth(d.getMonth() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function showStatus(status) {
  $('status').textContent = t(status.solverStatus && status.solverStatus !== 'NOT_SOLVING' ? 'SOLVING' : status.status ?? status.rosterStatus);
  $('score').textContent = status.score ?? '–';
  $('unassigned-count').textContent = status.unassigned ?? '–';
  const state = status.status ?? status.rosterStatus;
  const solving = status.solverStatus && status.solverStatus !== 'NOT_SOLVING';
  $('progress').firstElementChild.style.width = solving ? '60%' : state === 'DRAFT' ? '0' : '100%';
  $('create').disabled = roster !== null;
  // A published roster is re-planned on a draft beside it; the doctors keep the published revision meanwhile.
  $('solve').disabled = roster === null || solving;
  $('solve').textContent = t(state === 'PUBLISHED' || state === 'NEEDS_REPLAN' ? 'replan' : 'solve');
  $('stop').disabled = !solving;
  $('publish').disabled = solving || state !== 'SOLVED';
}

async function find() {
  const list = await api('GET', `/api/rosters?centerId=${$('center').value}&month=${$('month').value}`);
  roster = list.length ? list[0] : null;
  if (!roster) {
    showStatus({ status: 'DRAFT' });
    $('status').textContent = t('noRoster');
    ['board', 'unassigned', 'kpis', 'constraints'].forEach(id => { $(id).innerHTML = ''; });
    return;
  }
  showStatus(roster);
  await board();
  if (roster.solverStatus !== 'NOT_SOLVING') poll();
}

function poll() {
  clearInterval(polling);
  polling = setInterval(async () => {
    const status = await api('GET', `/api/rosters/${roster.id}/status`);
    showStatus(status);
    if (status.solverStatus === 'NOT_SOLVING') {
      clearInterval(polling);
      await board();
    }
  }, 1000);
}

async function board() {
  const view = await api('GET', `/api/rosters/${roster.id}`);
  const dates = [...new Set(view.routes.map(r => r.date))].sort();
  const teams = [...new Map(view.routes.map(r => [r.teamId, r.teamName]))];
  const loads = new Map(view.kpis.teams.map(l => [l.teamId, l]));
  const cell = new Map(view.routes.map(r => [`${r.teamId}/${r.date}`, r]));
  const dayMax = Math.max(1, ...view.routes.map(r => r.visits.reduce((s, v) => s + v.durationMinutes, 0)));
  const head = `<tr><th scope="col">${t('team')}</th>${dates.map(d => `<th scope="col">${formatDay(d)}</th>`).join('')}</tr>`;
  const rows = teams.map(([teamId, name]) => `<tr><th scope="row">${esc(name)}<br><span class="muted">${loads.get(teamId)?.visits ?? 0} ${t('visits')}</span></th>${
    dates.map(d => {
      const route = cell.get(`${teamId}/${d}`);
      if (!route) return '<td class="off"></td>';
      const minutes = route.visits.reduce((s, v) => s + v.durationMinutes, 0);
      return `<td data-team="${teamId}" data-date="${d}"><div class="loadbar" title="${minutes} ${t('minutes')}"><div style="width:${Math.round(100 * minutes / dayMax)}%"></div></div>${
        route.visits.map(v => `<div class="stop${v.kind === 'HOME_HOSPITAL_BED' ? ' bed' : ''}" title="${esc(v.address)}">${formatTime(v.plannedStart)} ${esc(v.elderName)}${
          v.contractedTeam ? '' : ` <span class="tag cross" title="${t('crossCover')}">≠</span>`}</div>`).join('')}</td>`;
    }).join('')}</tr>`).join('');
  $('board').innerHTML = head + rows;
  $('unassigned').innerHTML = view.unassigned.map(u => `<li>${esc(u.elderName)}${u.kind === 'HOME_HOSPITAL_BED' ? ` <span class="tag bed">${t('homeBed')}</span>` : ''} — ${esc(u.reason)}</li>`).join('');
  const k = view.kpis;
  $('kpis').innerHTML = [[t('visitsPlanned'), `${k.visitsPlanned} / ${k.visitsRequired}`],
    [t('travelPerVisit'), k.travelMinutesPerVisit.toFixed(1)],
    [t('contractedShare'), `${Math.round(100 * k.contractedTeamShare)} %`]]
    .map(([a, b]) => `<dt>${a}</dt><dd>${b}</dd>`).join('');
  $('constraints').innerHTML = view.constraints.map(c => `<tr><th scope="row">${esc(c.constraint)}</th><td>${esc(c.score)}</td><td>${c.matches}</td></tr>`).join('');
}

const act = fn => async () => { try { await fn(); } catch (e) { say(e.message, true); } };
$('create').addEventListener('click', act(async () => {
  roster = await api('POST', '/api/rosters', { centerId: Number($('center').value), month: $('month').value });
  await find();
}));
$('solve').addEventListener('click', act(async () => {
  await api('POST', `/api/rosters/${roster.id}/solve`);
  showStatus({ status: roster.status, solverStatus: 'SOLVING_SCHEDULED' });
  poll();
}));
$('stop').addEventListener('click', act(() => api('DELETE', `/api/rosters/${roster.id}/solve`)));
$('publish').addEventListener('click', act(async () => {
  await api('POST', `/api/rosters/${roster.id}/publish`);
  say(t('PUBLISHED'));
  await find();
}));
$('center').addEventListener('change', act(find));
$('month').addEventListener('change', act(find));

start().then(async me => {
  const centers = me.centerId ? [await api('GET', `/api/centers/${me.centerId}`)] : await api('GET', '/api/centers');
  $('center').innerHTML = centers.map(c => `<option value="${c.id}">${esc(c.name)}</option>`).join('');
  $('month').value = new URLSearchParams(location.search).get('month') || nextMonth();
  await find();
}).catch(e => say(e.message, true));
