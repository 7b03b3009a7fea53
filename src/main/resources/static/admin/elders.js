import { api, t, lang, start, isoDate, esc, say, formatDate } from '/assets/app.js';

const $ = id => document.getElementById(id);
const PACKAGES = ['BASIC', 'ENHANCED', 'HOME_HOSPITAL_BED'];
let elders = [];
/** The elder whose contracts are open, the teams of the elder's center and the contracts as last read. */
let chosen = null;
let teams = [];
let contracts = [];

/** Administrators may read the whole number; the screen shows it masked, as anyone looking over a shoulder should see it. */
function masked(id) {
  return id && id.length > 10 ? `${id.substring(0, 6)}${'*'.repeat(id.length - 10)}${id.substring(id.length - 4)}` : id ?? '';
}

/** Each cell names its column (data-label), which a phone shows when the table is stacked into cards. */
function row(e) {
  return `<tr data-elder="${e.id}"><td data-label="${t('code')}">${esc(e.code)}</td><td data-label="${t('name')}">${esc(e.name)}</td>
    <td data-label="${t('nationalId')}">${esc(masked(e.nationalId))}</td><td data-label="${t('phone')}">${esc(e.phone)}</td>
    <td class="adl" data-label="${t('adl')}">${e.latestAdlScore ?? '–'}</td>
    <td><form class="row reassess">
      <label class="visually-hidden" for="score-${e.id}">${t('adl')}</label>
      <input id="score-${e.id}" name="score" type="number" min="0" max="100" required style="width:5rem" aria-label="${t('adl')}: ${esc(e.name)}">
      <button type="submit">${t('reassess')}</button></form></td>
    <td><button type="button" class="secondary open-contracts" aria-label="${t('contracts')}: ${esc(e.name)}">${t('contracts')}</button></td></tr>`;
}

function show() {
  const q = $('search').value.trim().toLowerCase();
  const found = elders.filter(e => !q || e.name.toLowerCase().includes(q) || e.code.toLowerCase().includes(q)).slice(0, 100);
  $('elders').innerHTML = `<thead><tr><th scope="col">${t('code')}</th><th scope="col">${t('name')}</th><th scope="col">${t('nationalId')}</th>
    <th scope="col">${t('phone')}</th><th scope="col">${t('adl')}</th><th scope="col">${t('reassess')}</th>
    <th scope="col">${t('contracts')}</th></tr></thead><tbody>${found.map(row).join('')}</tbody>`;
}

/** A text of the user's language with {name} placeholders filled in. */
function fill(key, values) {
  return t(key).replace(/\{(\w+)\}/g, (_, name) => values[name]);
}

const until = end => end ? formatDate(end) : t('openEnded');
// Chinese and English punctuation: （）， and ：against ( ), and :
const paren = text => lang === 'en' ? ` (${text})` : `（${text}）`;
const comma = lang === 'en' ? ', ' : '，';
const colon = lang === 'en' ? ': ' : '：';

function teamName(id) {
  const team = teams.find(x => x.id === id);
  return team ? team.name + paren(team.code) : `#${id}`;
}

function state(c, today = isoDate()) {
  return c.startDate > today ? 'notStarted' : c.endDate && c.endDate < today ? 'ended' : 'inForce';
}

/** The contract in force today, which the end and team-change forms act on. */
const inForce = () => contracts.find(c => state(c) === 'inForce');

function describe(id) {
  const c = contracts.find(x => x.id === id);
  return c ? `#${c.id}${paren(`${teamName(c.teamId)}${comma}${formatDate(c.startDate)} – ${until(c.endDate)}`)}` : `#${id}`;
}

function card(c) {
  const s = state(c);
  return `<li class="card contract" data-contract="${c.id}" data-state="${s}">
    <div><strong>${esc(teamName(c.teamId))}</strong> <span class="tag ${s}">${t(s)}</span> <span class="muted">#${c.id}</span></div>
    <div>${t('servicePackage')}${colon}${t(`pkg_${c.servicePackage}`)}</div>
    <div>${t('startDate')}${colon}${formatDate(c.startDate)} · ${t('endDate')}${colon}${until(c.endDate)}</div></li>`;
}

function showList() {
  $('contracts-title').textContent = t('contractsOf') + chosen.name + paren(chosen.code);
  $('contracts').innerHTML = contracts.length ? contracts.map(card).join('') : `<li class="muted">${t('noContracts')}</li>`;
  const current = inForce();
  $('end-form').hidden = $('team-change-form').hidden = !current;
  $('no-contract-in-force').hidden = Boolean(current);
}

const teamOptions = list => list.map(x => `<option value="${x.id}">${esc(teamName(x.id))}</option>`).join('');

/** Drawn again only after a change is saved: a refused change keeps what the user entered. */
function showForms() {
  const current = inForce();
  document.querySelectorAll('.contract-form').forEach(form => { form.reset(); clearErrors(form); });
  $('change-team').innerHTML = teamOptions(teams.filter(x => x.id !== current?.teamId));
  $('sign-team').innerHTML = teamOptions(teams);
  $('sign-package').innerHTML = PACKAGES.map(p => `<option value="${p}">${t(`pkg_${p}`)}</option>`).join('');
}

async function readContracts() {
  contracts = await api('GET', `/api/contracts?elderId=${chosen.id}`);
  showList();
}

async function openContracts(id) {
  chosen = elders.find(e => e.id === id);
  teams = await api('GET', `/api/teams?centerId=${chosen.centerId}`);
  await readContracts();
  showForms();
  $('contracts-section').hidden = false;
  history.replaceState(null, '', `#elder=${id}`);
  $('contracts-title').focus();
}

function clearErrors(form) {
  form.querySelectorAll('[data-error-for]').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

/** Shows a refusal next to the field it names, or under the form when it names none of the form's fields. */
function showError(form, field, text) {
  const input = form.elements[field];
  const slot = (input && form.querySelector(`[data-error-for="${field}"]`)) || form.querySelector('[data-error-for="*"]');
  slot.textContent = [slot.textContent, text].filter(Boolean).join(' ');
  if (input) input.setAttribute('aria-invalid', 'true');
}

/**
 * The service's refusal in the user's language: each form knows what its fields' rules are, so the text
 * says what to enter; a field it does not know keeps the service's reason.
 */
async function refused(form, error, { periodField, texts }) {
  const problem = error.problem || {};
  if (error.status === 409) {
    await readContracts();
    if (problem.conflictingContractId) {
      showError(form, periodField, fill('err_overlap', { contract: describe(problem.conflictingContractId) }));
    } else {
      showError(form, '*', t('err_conflict'));
    }
  } else if (error.status === 400) {
    const errors = problem.errors || [{ field: '*', reason: problem.detail }];
    errors.forEach(({ field, reason }) => showError(form, field, texts[field]?.() ?? t('err_field') + paren(reason)));
  } else if (error.status === 403) {
    showError(form, '*', t('err_forbidden'));
  } else if (error.status === 404) {
    showError(form, '*', t('err_notFound'));
  } else {
    showError(form, '*', error.message);
  }
  say(t('nothingSaved'), true);
  form.querySelector('[aria-invalid=true]')?.focus();
}

/** One change at a time (the button is off while it is sent); the list is read again once it is saved. */
async function submit(form, send, saved, refusal) {
  clearErrors(form);
  const missing = [...form.querySelectorAll('[required]')].filter(input => !input.value);
  if (missing.length) {
    missing.forEach(input => showError(form, input.name, t('err_required')));
    missing[0].focus();
    return;
  }
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const answer = await send();
    await readContracts();
    showForms();
    // A planned roster the change no longer holds needs a re-plan: the dispatcher's board lists the visits.
    const noLongerFit = answer?.noLongerFit?.length ?? 0;
    say(noLongerFit ? `${t(saved)} · ${fill('needReplan', { n: noLongerFit })}` : t(saved));
  } catch (e) {
    await refused(form, e, refusal);
  } finally {
    button.disabled = false;
  }
}

$('end-form').addEventListener('submit', event => {
  event.preventDefault();
  const c = inForce();
  submit(event.target, () => api('PUT', `/api/contracts/${c.id}`, { version: c.version, elderId: c.elderId, teamId: c.teamId,
    servicePackage: c.servicePackage, startDate: c.startDate, endDate: $('end-date').value }), 'contractEnded',
  { periodField: 'endDate', texts: { endDate: () => fill('err_endDate', { start: formatDate(c.startDate) }) } });
});

$('team-change-form').addEventListener('submit', event => {
  event.preventDefault();
  const c = inForce();
  submit(event.target, () => api('POST', `/api/contracts/${c.id}/team-change`, { version: c.version,
    teamId: Number($('change-team').value), from: $('change-from').value }), 'teamChanged',
  { periodField: 'from', texts: { teamId: () => t('err_changeTeam'),
    from: () => fill('err_from', { start: formatDate(c.startDate), end: until(c.endDate) }) } });
});

$('sign-form').addEventListener('submit', event => {
  event.preventDefault();
  submit(event.target, () => api('POST', '/api/contracts', { version: null, elderId: chosen.id, teamId: Number($('sign-team').value),
    servicePackage: $('sign-package').value, startDate: $('sign-start').value, endDate: $('sign-end').value || null }), 'contractSigned',
  { periodField: 'startDate', texts: { teamId: () => t('err_teamId'),
    endDate: () => fill('err_endDate', { start: formatDate($('sign-start').value) }) } });
});

$('search').addEventListener('input', show);
$('elders').addEventListener('click', event => {
  const button = event.target.closest('.open-contracts');
  if (button) openContracts(Number(button.closest('tr').dataset.elder)).catch(e => say(e.message, true));
});
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

/** The elder the address names (#elder=id) opens: the choice survives a reload, such as the language switch. */
async function openFromAddress() {
  const open = /^#elder=(\d+)$/.exec(location.hash);
  if (open && elders.some(e => e.id === Number(open[1]))) await openContracts(Number(open[1]));
}

window.addEventListener('hashchange', () => openFromAddress().catch(e => say(e.message, true)));
start().then(async () => {
  elders = await api('GET', '/api/elders');
  show();
  await openFromAddress();
}).catch(e => say(e.message, true));
