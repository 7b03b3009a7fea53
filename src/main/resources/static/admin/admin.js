import { api, t, start, formatDay, formatMonth, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);
const ROLES = ['GENERAL_PRACTITIONER', 'NURSE', 'TCM_DOCTOR', 'REHAB_THERAPIST', 'PUBLIC_HEALTH'];
const MODES = ['WALK', 'BICYCLE', 'EBIKE', 'CAR'];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
let teams = [];
let rows = 0;

function selected() {
  return teams.find(team => String(team.id) === $('team').value);
}

const options = (values, chosen) => values.map(v => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t(v)}</option>`).join('');

/** A row of the members or leave table; each field labelled, for screen readers and for tests. */
function memberRow(member = { name: '', role: 'GENERAL_PRACTITIONER' }) {
  const n = rows++;
  return `<tr class="member"><td><label class="visually-hidden" for="member-name-${n}">${t('name')}</label>
      <input id="member-name-${n}" name="name" required maxlength="100" value="${esc(member.name)}" placeholder="${t('name')}"></td>
    <td><label class="visually-hidden" for="member-role-${n}">${t('role')}</label><select id="member-role-${n}" name="role">${options(ROLES, member.role)}</select></td>
    <td><button type="button" class="secondary remove" aria-label="${t('remove')} ${esc(member.name)}">${t('remove')}</button></td></tr>`;
}

function leaveRow(leave = { startDate: '', endDate: '', reason: '' }) {
  const n = rows++;
  return `<tr class="leave"><td><label for="leave-start-${n}">${t('from')}</label><input id="leave-start-${n}" name="startDate" type="date" required value="${leave.startDate}"></td>
    <td><label for="leave-end-${n}">${t('to')}</label><input id="leave-end-${n}" name="endDate" type="date" required value="${leave.endDate}"></td>
    <td><label for="leave-reason-${n}">${t('reasonText')}</label><input id="leave-reason-${n}" name="reason" maxlength="200" value="${esc(leave.reason ?? '')}"></td>
    <td><button type="button" class="secondary remove">${t('remove')}</button></td></tr>`;
}

function showTeam() {
  const team = selected();
  if (!team) return;
  $('team-name').value = team.name;
  $('travel-mode').innerHTML = options(MODES, team.travelMode);
  $('team-max-visits').value = team.capacity.maxVisits;
  $('team-max-minutes').value = team.capacity.maxVisitMinutes;
  $('members').innerHTML = team.members.map(memberRow).join('');
  $('working-days').innerHTML = WEEKDAYS.map(d => `<label><input type="checkbox" name="workingDay" value="${d}"${
    team.workingDays.includes(d) ? ' checked' : ''}> ${t(d)}</label>`).join('');
  $('leave').innerHTML = [...team.leave].sort((a, b) => a.startDate.localeCompare(b.startDate)).map(leaveRow).join('');
  $('max-visits').value = team.capacity.maxVisits;
  $('max-minutes').value = team.capacity.maxVisitMinutes;
  const overrides = [...team.capacityOverrides].sort((a, b) => a.onDate.localeCompare(b.onDate));
  $('overrides').innerHTML = overrides.length
    ? `<tr><th scope="col">${t('date')}</th><th scope="col">${t('maxVisits')}</th><th scope="col">${t('maxVisitMinutes')}</th></tr>` +
      overrides.map(o => `<tr><td>${formatDay(o.onDate)}</td><td>${o.capacity.maxVisits}</td><td>${o.capacity.maxVisitMinutes}</td></tr>`).join('')
    : `<tr><td>${t('noOverrides')}</td></tr>`;
  $('team-summary').textContent = `${team.code} · ${team.members.length} ${t('members')} · ${t('capacity')}: ${team.capacity.maxVisits} ${t('visits')} / ${team.capacity.maxVisitMinutes} ${t('minutes')}`;
  $('no-longer-fit').innerHTML = '';
  $('what-if-section').hidden = true;
}

/** The team's record as the form has it, for PUT /api/teams/{id} and its preview. */
function teamBody() {
  const team = selected();
  return {
    version: team.version, code: team.code, name: $('team-name').value.trim(), travelMode: $('travel-mode').value,
    maxVisits: Number($('team-max-visits').value), maxVisitMinutes: Number($('team-max-minutes').value),
    members: [...document.querySelectorAll('#members tr.member')].map(r => ({ name: r.querySelector('[name=name]').value.trim(),
      role: r.querySelector('[name=role]').value })),
    workingDays: [...document.querySelectorAll('#working-days input:checked')].map(c => c.value),
    leave: [...document.querySelectorAll('#leave tr.leave')].map(r => ({ startDate: r.querySelector('[name=startDate]').value,
      endDate: r.querySelector('[name=endDate]').value, reason: r.querySelector('[name=reason]').value.trim() || null })),
  };
}

function capacityChange() {
  return { version: selected().version, maxVisits: Number($('max-visits').value),
           maxVisitMinutes: Number($('max-minutes').value), from: $('from').value || null, to: $('to').value || null };
}

/** Today's plan against the quick re-plan's, for one figure of a roster's what-if. */
const against = (today, after) => `<td class="num">${today}</td><td class="num${after > today ? ' error' : ''}">${after}</td>`;

function showImpact(impact, tried = false) {
  $('no-longer-fit').innerHTML = impact.noLongerFit.length
    ? impact.noLongerFit.map(v => `<li data-visit="${v.visitId}">${formatDay(v.date)} · ${esc(v.elderName)}</li>`).join('')
    : `<li>${t('noneNoLongerFit')}</li>`;
  // Only a tried change answers its coverage: each planned roster it concerns, as it is and after a quick re-plan.
  $('what-if-section').hidden = !tried || !impact.coverage;
  if ($('what-if-section').hidden) return;
  $('what-if').innerHTML = impact.coverage.length
    ? `<tr><th scope="col" rowspan="2">${t('month')}</th><th scope="colgroup" colspan="2">${t('unassigned')}</th>
        <th scope="colgroup" colspan="2">${t('homeBedUnassigned')}</th><th scope="col" rowspan="2">${t('visitsMoved')}</th></tr>
      <tr><th scope="col">${t('todayPlan')}</th><th scope="col">${t('afterRePlan')}</th><th scope="col">${t('todayPlan')}</th>
        <th scope="col">${t('afterRePlan')}</th></tr>` +
      impact.coverage.map(c => `<tr data-roster="${c.rosterId}"><th scope="row">${formatMonth(c.month)}</th>${
        against(c.today.unassigned, c.afterRePlan.unassigned)}${against(c.today.homeHospitalBedUnassigned, c.afterRePlan.homeHospitalBedUnassigned)}<td class="num">${
        c.visitsMoved}</td></tr>`).join('')
    : `<tr><td>${t('noWhatIf')}</td></tr>`;
}

async function loadTeams(keep) {
  teams = await api('GET', '/api/teams');
  $('team').innerHTML = teams.map(team => `<option value="${team.id}">${esc(team.name)}</option>`).join('');
  if (keep) $('team').value = keep;
  showTeam();
}

const act = fn => async event => {
  event.preventDefault();
  try { await fn(); } catch (e) { say(e.message, true); }
};
$('team').addEventListener('change', showTeam);
$('add-member').addEventListener('click', () => $('members').insertAdjacentHTML('beforeend', memberRow()));
$('add-leave').addEventListener('click', () => $('leave').insertAdjacentHTML('beforeend', leaveRow()));
$('team-form').addEventListener('click', event => {
  if (event.target.classList.contains('remove')) event.target.closest('tr').remove();
});
$('preview-team').addEventListener('click', act(async () => {
  if (!$('team-form').reportValidity()) return;
  showImpact(await api('POST', `/api/teams/${selected().id}/preview`, teamBody()), true);
  say(t('preview'));
}));
$('team-form').addEventListener('submit', act(async () => {
  const id = selected().id;
  await api('PUT', `/api/teams/${id}`, teamBody());
  await loadTeams(String(id));
  say(t('saved'));
}));
$('preview').addEventListener('click', act(async () => {
  showImpact(await api('POST', `/api/teams/${selected().id}/capacity/preview`, capacityChange()), true);
  say(t('preview'));
}));
$('capacity-form').addEventListener('submit', act(async () => {
  const impact = await api('PATCH', `/api/teams/${selected().id}/capacity`, capacityChange());
  await loadTeams(String(selected().id));
  showImpact(impact);
  say(t('saved'));
}));

start().then(() => loadTeams()).catch(e => say(e.message, true));
