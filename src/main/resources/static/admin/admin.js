import { api, t, start, formatDay, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);
let teams = [];

function selected() {
  return teams.find(team => String(team.id) === $('team').value);
}

function showTeam() {
  const team = selected();
  if (!team) return;
  $('max-visits').value = team.capacity.maxVisits;
  $('max-minutes').value = team.capacity.maxVisitMinutes;
  $('team-summary').textContent = `${team.code} · ${team.members.length} · ${t('capacity')}: ${team.capacity.maxVisits} / ${team.capacity.maxVisitMinutes} ${t('minutes')}`;
  $('no-longer-fit').innerHTML = '';
}

function change() {
  return { version: selected().version, maxVisits: Number($('max-visits').value),
           maxVisitMinutes: Number($('max-minutes').value), from: $('from').value || null, to: $('to').value || null };
}

function showImpact(impact) {
  $('no-longer-fit').innerHTML = impact.noLongerFit.length
    ? impact.noLongerFit.map(v => `<li>${formatDay(v.date)} · ${esc(v.elderName)}</li>`).join('')
    : `<li>${t('noneNoLongerFit')}</li>`;
}

async function loadTeams(keep) {
  teams = await api('GET', '/api/teams');
  $('team').innerHTML = teams.map(team => `<option value="${team.id}">${esc(team.name)}</option>`).join('');
  if (keep) $('team').value = keep;
  showTeam();
}

$('team').addEventListener('change', showTeam);
$('preview').addEventListener('click', async () => {
  try {
    showImpact(await api('POST', `/api/teams/${selected().id}/capacity/preview`, change()));
    say(t('preview'));
  } catch (e) { say(e.message, true); }
});
$('capacity-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    const impact = await api('PATCH', `/api/teams/${selected().id}/capacity`, change());
    const id = selected().id;
    await loadTeams(String(id));
    showImpact(impact);
    say(t('saved'));
  } catch (e) { say(e.message, true); }
});

start().then(() => loadTeams()).catch(e => say(e.message, true));
