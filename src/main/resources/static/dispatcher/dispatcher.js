import { api, t, start, formatDay, formatTime, formatInstant, formatScore, constraintName, esc, say } from '/assets/app.js';
import { crossCoverText, crossMark, teamChangesHtml } from '/dispatcher/changes.js';
import { setUpReplan } from '/dispatcher/replan.js';
import { setUpCoverage } from '/dispatcher/coverage.js';

const $ = id => document.getElementById(id);
let roster = null;
let view = null;
/** The indexes of the view (see indexes()), made once per answer. */
let ix = null;
let polling = null;
/** The time a solve had left when this page first saw it running: the progress bar's whole. */
let solveLength = null;
/** What the side panel shows: a visit id or a team day, kept across redraws. */
let selection = null;

function nextMonth() {
  const d = new Date();
  d.setMonth(d.getMonth() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function isSolving(status) {
  return status.solverStatus && status.solverStatus !== 'NOT_SOLVING';
}

function showStatus(status) {
  const state = status.status ?? status.rosterStatus;
  const solving = isSolving(status);
  $('status').textContent = t(solving ? 'SOLVING' : state);
  $('score').textContent = formatScore(status.score);
  $('score').title = status.score ?? '';
  $('unassigned-count').textContent = status.unassigned ?? '–';
  const left = status.secondsLeft;
  $('time-left').textContent = solving && left != null ? `${left} ${t('seconds')}` : '–';
  if (!solving) solveLength = null;
  else if (left != null && (solveLength === null || left > solveLength)) solveLength = Math.max(left, 1);
  const percent = solving ? (solveLength && left != null ? Math.round(100 * (1 - left / solveLength)) : 0)
    : state === 'DRAFT' ? 0 : 100;
  $('progress').firstElementChild.style.width = `${percent}%`;
  $('progress').setAttribute('aria-valuenow', String(percent));
  $('create').disabled = roster !== null;
  // A published roster is re-planned on a draft beside it; the doctors keep the published revision meanwhile.
  $('solve').disabled = roster === null || solving;
  $('solve').textContent = t(state === 'PUBLISHED' || state === 'NEEDS_REPLAN' ? 'replan' : 'solve');
  $('stop').disabled = !solving;
  $('publish').disabled = solving || state !== 'SOLVED';
}

/** Reads the month's roster and draws it; {@code keep}: what the side panel shows afterwards. */
async function find(keep = null) {
  const list = await api('GET', `/api/rosters?centerId=${$('center').value}&month=${$('month').value}`);
  roster = list.length ? list[0] : null;
  selection = keep;
  if (!roster) {
    view = null;
    ix = null;
    replan.clear();
    showStatus({ status: 'DRAFT' });
    $('status').textContent = t('noRoster');
    ['board', 'unassigned', 'kpis', 'constraints', 'revisions', 'revision', 'draft-changes', 'draft-summary'].forEach(id => { $(id).innerHTML = ''; });
    $('draft-box').hidden = true;
    await coverage.refresh();
    $('selected').hidden = true;
    return;
  }
  showStatus(roster);
  await board();
  if (isSolving(roster)) poll();
}

function poll() {
  clearInterval(polling);
  polling = setInterval(async () => {
    const status = await api('GET', `/api/rosters/${roster.id}/status`);
    showStatus(status);
    if (!isSolving(status)) {
      clearInterval(polling);
      await board();
    }
  }, 1000);
}

const legend = () => [
  `<span class="stop bed">${t('homeBed')}</span>`, `<span class="mark cross">≠</span> ${t('crossCover')}`,
  `<span class="mark miss">◑</span> ${t('preferredMiss')}`, `<span class="mark pin">⚑</span> ${t('pinned')}`,
  `<span class="tag hol">${t('holiday')}</span> ${t('holidayTitle')}`, `<span class="tag makeup">${t('makeUpDay')}</span> ${t('makeUpTitle')}`,
  `<span class="loadbar inline"><span style="width:60%"></span></span> ${t('load')} / ${t('capacityOf')}`,
].join(' · ');

/** Indexes of the roster view the board and the panel read. */
function indexes(v) {
  const misses = new Set(v.constraints.find(c => c.constraintId === 'preferred-half-day')?.visitIds ?? []);
  const noFit = new Set(v.noLongerFit);
  const stops = new Map();
  const routes = new Map();
  v.routes.forEach(r => {
    routes.set(`${r.teamId}/${r.date}`, r);
    r.visits.forEach(s => stops.set(s.visitId, { ...s, teamId: r.teamId, teamName: r.teamName, date: r.date }));
  });
  const teamDays = new Map(v.teamDays.map(d => [`${d.teamId}/${d.date}`, d]));
  const marks = new Map(v.calendar.map(c => [c.date, c]));
  const teamNames = new Map(v.kpis.teams.map(l => [l.teamId, l.teamName]));
  const all = [...v.routes.flatMap(r => r.visits), ...v.unassigned];
  const elderOf = new Map(all.map(s => [s.visitId, s.elderName]));
  const elderName = new Map(all.map(s => [s.elderId, s.elderName]));
  return { misses, noFit, stops, routes, teamDays, marks, teamNames, elderOf, elderName };
}

function stopHtml(s, ix) {
  const classes = ['stop', s.kind === 'HOME_HOSPITAL_BED' && 'bed', !s.contractedTeam && 'cross',
    ix.misses.has(s.visitId) && 'miss', s.pinned && 'pinned', ix.noFit.has(s.visitId) && 'nofit'].filter(Boolean).join(' ');
  const marks = `${s.contractedTeam ? '' : crossMark(crossCoverText(s.crossCover, ix.teamNames))}${ix.misses.has(s.visitId) ? '<span class="mark miss">◑</span>' : ''}${
    s.pinned ? '<span class="mark pin">⚑</span>' : ''}`;
  return `<button type="button" class="${classes}" data-visit="${s.visitId}">${formatTime(s.plannedStart)} ${esc(s.elderName)}${marks}</button>`;
}

/** The day's load: the tighter of its time out against the day's limit and its visits against the most it may make. */
function loadBar(day) {
  const share = Math.max(day.limitMinutes ? day.routeMinutes / day.limitMinutes : 0, day.maxVisits ? day.visits / day.maxVisits : 0);
  const level = share > 1 ? ' over' : share >= 0.9 ? ' full' : '';
  return `<span class="loadbar${level}"><span style="width:${Math.min(100, Math.round(100 * share))}%"></span></span>`;
}

async function board() {
  // The revisions are asked for beside the roster, not after it: the board waits for one round trip.
  // The status beside them: after an event, a re-plan or a placed visit the top row (Publish) follows the draft.
  const [answer, published, status] = await Promise.all([api('GET', `/api/rosters/${roster.id}`),
    api('GET', `/api/rosters/${roster.id}/revisions`), api('GET', `/api/rosters/${roster.id}/status`)]);
  view = answer;
  showStatus(status);
  $('publish-refused').hidden = true;
  performance.mark('roster-read');
  ix = indexes(view);
  // Columns: every day some team works, and the weekday holidays, marked, so the month reads as a calendar.
  const dates = [...new Set([...view.teamDays.map(d => d.date), ...view.routes.map(r => r.date),
    ...view.calendar.filter(c => c.kind === 'HOLIDAY' && ![0, 6].includes(new Date(c.date).getUTCDay())).map(c => c.date)])].sort();
  const teams = [...new Map([...view.kpis.teams.map(l => [l.teamId, l.teamName]), ...view.routes.map(r => [r.teamId, r.teamName])])];
  const loads = new Map(view.kpis.teams.map(l => [l.teamId, l]));
  const head = `<tr><th scope="col">${t('team')}</th>${dates.map(d => {
    const mark = ix.marks.get(d);
    const kind = mark ? (mark.kind === 'HOLIDAY' ? 'holiday' : 'makeup') : '';
    const tag = mark ? ` <span class="tag ${mark.kind === 'HOLIDAY' ? 'hol' : 'makeup'}">${t(mark.kind === 'HOLIDAY' ? 'holiday' : 'makeUpDay')}</span>` : '';
    const title = mark ? ` title="${esc(mark.name || t(mark.kind === 'HOLIDAY' ? 'holidayTitle' : 'makeUpTitle'))}"` : '';
    return `<th scope="col" class="${kind}" data-date="${d}"${title}>${formatDay(d)}${tag}</th>`;
  }).join('')}</tr>`;
  const rows = teams.map(([teamId, name]) => `<tr><th scope="row">${esc(name)}<br><span class="muted">${loads.get(teamId)?.visits ?? 0} ${t('visits')}</span></th>${
    dates.map(d => {
      const key = `${teamId}/${d}`;
      const day = ix.teamDays.get(key);
      const route = ix.routes.get(key);
      const mark = ix.marks.get(d);
      if (!day && !route) return `<td class="off${mark?.kind === 'HOLIDAY' ? ' holiday' : ''}"></td>`;
      const dayButton = day ? `<button type="button" class="day" data-day="${key}" aria-label="${esc(name)} ${formatDay(d)}: ${t('load')} ${day.routeMinutes} / ${day.limitMinutes} ${t('minutes')}, ${day.visits} / ${day.maxVisits} ${t('visits')}"
        title="${t('load')} ${day.routeMinutes} / ${day.limitMinutes} ${t('minutes')} · ${day.visits} / ${day.maxVisits} ${t('visits')}">${loadBar(day)}</button>`
        : `<button type="button" class="day" data-day="${key}" aria-label="${esc(name)} ${formatDay(d)}"><span class="loadbar over"><span style="width:100%"></span></span></button>`;
      // The stops' box is laid out only when scrolled near (content-visibility), sized meanwhile by its stop count.
      const stops = route?.visits ?? [];
      return `<td data-team="${teamId}" data-date="${d}">${dayButton}${stops.length ? `<div class="stops" style="contain-intrinsic-block-size:auto ${
        (stops.length * 1.45).toFixed(2)}em">${stops.map(s => stopHtml(s, ix)).join('')}</div>` : ''}</td>`;
    }).join('')}</tr>`).join('');
  $('board').innerHTML = head + rows;
  performance.mark('board-built');
  $('legend').innerHTML = legend();
  $('unassigned').innerHTML = view.unassigned.length === 0 ? `<li>${t('noneUnassigned')}</li>` : view.unassigned.map(u => `<li data-visit="${u.visitId}">${
    esc(u.elderName)}${u.kind === 'HOME_HOSPITAL_BED' ? ` <span class="tag bed">${t('homeBed')}</span>` : ''} — ${
    esc(t(u.reason))}${t(`do_${u.reason}`) !== `do_${u.reason}` ? `; ${t('whatToDo')}: ${esc(t(`do_${u.reason}`))}` : ''}
    <button type="button" class="secondary" data-find-visit="${u.visitId}" data-elder="${u.elderId}" aria-label="${
    t('findPlaceForVisit')}: ${esc(u.elderName)}">${t('findPlace')}</button></li>`).join('');
  const k = view.kpis;
  $('kpis').innerHTML = [[t('visitsPlanned'), `${k.visitsPlanned} / ${k.visitsRequired}`],
    [t('travelPerVisit'), k.travelMinutesPerVisit.toFixed(1)],
    [t('contractedShare'), `${Math.round(100 * k.contractedTeamShare)} %`],
    [t('crossCovers'), Object.entries(k.crossCovers ?? {}).map(([reason, n]) => `${esc(t(`cc_${reason}`))}: ${n}`).join(' · ') || '0'],
    [t('homeBedsWaiting'), k.homeHospitalBedUnassigned],
    [t('priorityInversions'), `${k.priorityInversions} (${t('homeBed')}: ${k.homeHospitalBedInversions})`],
    [t('overtimeMinutes'), k.overtimeMinutes]]
    .map(([a, b]) => `<dt>${a}</dt><dd>${b}</dd>`).join('');
  $('constraints').innerHTML = view.constraints.map(c => `<tr><th scope="row">${esc(constraintName(c.constraintId, c.constraint))}</th><td title="${esc(c.score)}">${esc(formatScore(c.score))}</td><td>${c.matches}</td></tr>`).join('');
  showSelection();
  revisions(published);
  // For the render benchmark (ops/benchmark/board-render.sh): the board is drawn once the browser has laid it out.
  await new Promise(drawn => requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark('board-rendered');
    drawn();
  })));
  // What lies below the board (the forms' choices, the month's events, the coverage) follows it, not
  // delaying its first frame.
  await Promise.all([replan.show(), coverage.refresh(), draft()]);
}

/**
 * A draft beside the published revision (a re-plan, an event's proposal, a placed visit): what publishing
 * it would change per team, read again on every load, so a reload does not lose it.
 */
async function draft() {
  const box = $('draft-box');
  if (view.publishedRevision == null || view.status === 'PUBLISHED' || view.status === 'SOLVING') {
    box.hidden = true;
    $('draft-summary').textContent = '';
    return;
  }
  const changes = await api('GET', `/api/rosters/${roster.id}/draft/changes`);
  // A move between teams is listed under both: each visit is counted once.
  const count = kind => new Set(changes.teams.flatMap(team => team[kind].map(c => c.visitId))).size;
  $('draft-summary').textContent = changes.teams.length ? `${t('added')} ${count('added')} · ${t('cancelled')} ${count('cancelled')} · ${
    t('moved')} ${count('moved')} · ${changes.teams.length} ${t('teamsChanged')}` : t('noChanges');
  $('draft-changes').innerHTML = teamChangesHtml(changes.teams, ix.teamNames, ix.elderOf);
  box.hidden = false;
}

function showSelection() {
  const panel = $('selected');
  if (!selection || !view) { panel.hidden = true; return; }
  if (selection.visit) {
    const s = ix.stops.get(selection.visit);
    if (!s) { panel.hidden = true; return; }
    panel.innerHTML = `<h3>${esc(s.elderName)}</h3>
      <p>${esc(s.teamName)} · ${formatDay(s.date)} ${formatTime(s.plannedStart)} · ${s.durationMinutes} ${t('minutes')}</p>
      <p class="muted">${esc(s.address)}</p>
      <p>${s.kind === 'HOME_HOSPITAL_BED' ? `<span class="tag bed">${t('homeBed')}</span> ` : ''}${
        s.contractedTeam ? '' : `<span class="tag cross" id="cross-cover-reason">≠ ${esc(crossCoverText(s.crossCover, ix.teamNames))}</span> `}${
        ix.misses.has(s.visitId) ? `<span class="tag miss">◑ ${t('preferredMiss')}</span> ` : ''}${
        s.pinned ? `<span class="tag">⚑ ${t('pinned')}</span>` : ''}</p>
      <div class="row"><button type="button" id="toggle-pin" data-pinned="${s.pinned}">${t(s.pinned ? 'unpin' : 'pin')}</button>
      <a href="/dispatcher/route.html?roster=${roster.id}&team=${s.teamId}&date=${s.date}">${t('routeMap')}</a></div>`;
  } else {
    const [teamId, date] = selection.day.split('/');
    const day = ix.teamDays.get(selection.day);
    const route = ix.routes.get(selection.day);
    const visits = route?.visits ?? [];
    const allPinned = visits.length > 0 && visits.every(s => s.pinned);
    panel.innerHTML = `<h3>${esc(ix.teamNames.get(Number(teamId)) ?? '')} · ${formatDay(date)}</h3>
      ${day ? `<p>${t('load')}: <strong id="day-load">${day.routeMinutes} / ${day.limitMinutes}</strong> ${t('minutes')} ${loadBar(day)}</p>
      <p>${day.visits} / ${day.maxVisits} ${t('visits')}</p>` : `<p class="error">${t('overCapacity')}</p>`}
      <div class="row">${visits.length ? `<button type="button" id="toggle-day-pin" data-pinned="${allPinned}">${t(allPinned ? 'unpinDay' : 'pinDay')}</button>` : ''}
      <a id="route-link" href="/dispatcher/route.html?roster=${roster.id}&team=${teamId}&date=${date}">${t('routeMap')}</a></div>`;
  }
  panel.hidden = false;
}

async function pin(body) {
  await api('PUT', `/api/rosters/${roster.id}/pins`, body);
  await board();
  say(t(body.pinned ? 'pinned' : 'saved'));
}

function revisions(list) {
  $('revisions').innerHTML = list.length ? `<tr><th scope="col">${t('revision')}</th><th scope="col">${t('publishedAt')}</th>
    <th scope="col">${t('added')}</th><th scope="col">${t('cancelled')}</th><th scope="col">${t('moved')}</th><th scope="col"></th></tr>` +
    list.map(r => `<tr data-revision="${r.revision}"><td>${r.revision}</td><td>${formatInstant(r.publishedAt)}</td><td>${r.added}</td>
      <td>${r.cancelled}</td><td>${r.moved}</td><td><button type="button" class="secondary" data-show-revision="${r.revision}"
      aria-label="${t('changes')} ${t('revision')} ${r.revision}">${t('changes')}</button></td></tr>`).join('')
    : `<tr><td>${t('noRevisions')}</td></tr>`;
}

async function showRevision(number) {
  const publication = await api('GET', `/api/rosters/${roster.id}/revisions/${number}`);
  $('revision').innerHTML = `<h3>${t('revision')} ${publication.revision} · ${formatInstant(publication.publishedAt)}</h3>${
    teamChangesHtml(publication.teams, ix.teamNames, ix.elderOf)}`;
}

const act = fn => async event => { try { await fn(event); } catch (e) { say(e.message, true); } };
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
/** Publishes the plan; one that breaks a hard rule is refused, and the page lists each rule it breaks. */
async function publish() {
  try {
    return await api('POST', `/api/rosters/${roster.id}/publish`);
  } catch (e) {
    const violations = e.problem?.violations ?? [];
    $('violations').innerHTML = violations.map(v => `<li data-rule="${esc(v.rule)}">${esc(t(`hr_${v.rule}`))}: ${
      esc(v.message)}</li>`).join('');
    $('publish-refused').hidden = violations.length === 0;
    throw e;
  }
}

$('publish').addEventListener('click', act(async () => {
  await publish();
  say(t('PUBLISHED'));
  await find();
}));
$('center').addEventListener('change', act(find));
$('month').addEventListener('change', act(find));
$('board').addEventListener('click', event => {
  const button = event.target.closest('button');
  if (!button) return;
  selection = button.dataset.visit ? { visit: Number(button.dataset.visit) } : { day: button.dataset.day };
  showSelection();
});
$('selected').addEventListener('click', act(async event => {
  const button = event.target.closest('button');
  if (!button) return;
  const pinned = button.dataset.pinned !== 'true';
  if (button.id === 'toggle-pin') await pin({ pinned, visitIds: [selection.visit] });
  if (button.id === 'toggle-day-pin') {
    const [teamId, date] = selection.day.split('/');
    await pin({ pinned, teamDays: [{ teamId: Number(teamId), date }] });
  }
}));
$('revisions').addEventListener('click', act(async event => {
  const button = event.target.closest('button[data-show-revision]');
  if (button) await showRevision(Number(button.dataset.showRevision));
}));

const replan = setUpReplan({ roster: () => roster, ix: () => ix, refresh: () => board(), find, publish });
const coverage = setUpCoverage(() => roster);

start().then(async me => {
  $('month').value = new URLSearchParams(location.search).get('month') || nextMonth();
  if (!me.centerId) {
    const centers = await api('GET', '/api/centers');
    $('center').innerHTML = centers.map(c => `<option value="${c.id}">${esc(c.name)}</option>`).join('');
    await find();
    return;
  }
  // A center's dispatcher: the month's roster is asked for at once, the center's name beside it.
  $('center').innerHTML = `<option value="${me.centerId}"></option>`;
  await Promise.all([find(), api('GET', `/api/centers/${me.centerId}`).then(c => { $('center').options[0].textContent = c.name; })]);
}).catch(e => say(e.message, true));
