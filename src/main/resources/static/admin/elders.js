import { api, t, start, isoDate, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);
let elders = [];

/** Administrators may read the whole number; the screen shows it masked, as anyone looking over a shoulder should see it. */
function masked(id) {
  return id && id.length > 10 ? `${id.substring(0, 6)}${'*'.repeat(id.length - 10)}${id.substring(id.length - 4)}` : id ?? '';
}

function row(e) {
  return `<tr data-elder="${e.id}"><td>${esc(e.code)}</td><td>${esc(e.name)}</td><td>${esc(masked(e.nationalId))}</td>
    <td>${esc(e.phone)}</td><td class="adl">${e.latestAdlScore ?? '–'}</td>
    <td><form class="row reassess">
      <label class="visually-hidden" for="score-${e.id}">${t('adl')}</label>
      <input id="score-${e.id}" name="score" type="number" min="0" max="100" required style="width:5rem" aria-label="${t('adl')}: ${esc(e.name)}">
      <button type="submit">${t('reassess')}</button></form></td></tr>`;
}

function show() {
  const q = $('search').value.trim().toLowerCase();
  const found = elders.filter(e => !q || e.name.toLowerCase().includes(q) || e.code.toLowerCase().includes(q)).slice(0, 100);
  $('elders').innerHTML = `<tr><th scope="col">${t('code')}</th><th scope="col">${t('name')}</th><th scope="col">${t('nationalId')}</th>
    <th scope="col">${t('phone')}</th><th scope="col">${t('adl')}</th><th scope="col">${t('reassess')}</th></tr>` + found.map(row).join('');
}

$('search').addEventListener('input', show);
$('elders').addEventListener('submit', async event => {
  event.preventDefault();
  const tr = event.target.closest('tr');
  const id = Number(tr.dataset.elder);
  try {
    await api('POST', `/api/elders/${id}/assessments`, { assessedOn: isoDate(), score: Number(event.target.score.value), assessor: null });
    const updated = await api('GET', `/api/elders/${id}`);
    elders = elders.map(e => e.id === id ? updated : e);
    show();
    say(t('saved'));
  } catch (e) { say(e.message, true); }
});

start().then(async () => { elders = await api('GET', '/api/elders'); show(); }).catch(e => say(e.message, true));
