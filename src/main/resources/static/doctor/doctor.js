import { api, t, start, formatDay, formatTime, formatInstant, isoDate, addDays, esc, say } from '/assets/app.js';

const REASONS = ['ELDER_ABSENT', 'REFUSED', 'HOSPITALISED', 'OTHER'];
let me;
let from = new URLSearchParams(location.search).get('date') || isoDate();
let days = 1;
const today = isoDate();

function card(v) {
  const recorded = v.status !== 'PLANNED';
  const map = `https://uri.amap.com/search?keyword=${encodeURIComponent(v.address)}`;
  const needs = [...(v.needs || []), ...(v.conditions || [])].map(t).join('、');
  const canRecord = v.date <= today;
  const record = `<label for="notes-${v.visitId}">${t('outcomeNotes')}</label>
    <textarea id="notes-${v.visitId}" class="notes" rows="2" maxlength="1000">${esc(v.notes)}</textarea>
    <div class="outcome">
      <button type="button" class="done" aria-pressed="${v.status === 'DONE'}" aria-label="${t('done')}: ${esc(v.elderName)}">${t('done')}</button>
      <button type="button" class="missed secondary" aria-pressed="${v.status === 'MISSED'}" aria-label="${t('missed')}: ${esc(v.elderName)}">${t('missed')}</button>
      ${recorded ? `<button type="button" class="save-notes secondary">${t('save')}${t('notes')}</button>` : ''}
    </div>
    <div class="reasons outcome" hidden>${REASONS.map(r => `<button type="button" class="secondary" data-reason="${r}">${t(r)}</button>`).join('')}</div>
    ${recorded ? `<details class="history-box"><summary>${t('history')}</summary><ol class="history"></ol></details>` : ''}`;
  return `<article class="card${v.homeHospitalBed ? ' bed' : ''}" data-visit="${v.visitId}" data-version="${v.version}"
      data-status="${v.status}" data-reason="${v.missedReason ?? ''}">
    <div class="row" style="justify-content:space-between">
      <strong>${v.position + 1}. ${formatTime(v.plannedStart)} · ${esc(v.elderName)}</strong>
      ${v.homeHospitalBed ? `<span class="tag bed">${t('homeBed')}</span>` : ''}
    </div>
    <div><a href="${map}" target="_blank" rel="noopener" aria-label="${t('openMap')}: ${esc(v.address)}">${esc(v.address)}</a></div>
    ${v.phone ? `<div><a href="tel:${esc(v.phone)}">${t('call')} ${esc(v.phone)}</a></div>` : ''}
    <div class="muted">${v.durationMinutes} ${t('minutes')}${needs ? ` · ${t('needs')}: ${esc(needs)}` : ''}</div>
    <div class="status"><span class="tag">${t(recorded ? v.status === 'DONE' ? 'done' : 'missed' : 'planned')}</span>
      ${v.missedReason ? t(v.missedReason) : ''}</div>
    ${canRecord ? record : v.notes ? `<div class="muted">${t('notes')}: ${esc(v.notes)}</div>` : ''}
  </article>`;
}

async function record(article, status, missedReason) {
  const visit = article.dataset.visit;
  const notes = article.querySelector('textarea.notes').value.trim();
  // A correction of an outcome already recorded must name the version it corrects.
  const body = { status, missedReason: missedReason || null, notes: notes || null,
                 version: article.dataset.status !== 'PLANNED' ? Number(article.dataset.version) : null };
  try {
    await api('POST', `/api/visits/${visit}/outcome`, body);
    say(t('recorded'));
    await load();
  } catch (e) {
    say(e.message, true);
  }
}

/** A field's value in the trail, in words: statuses and reasons by name, protected notes only as changed. */
function value(field, text) {
  if (text == null) return '–';
  if (text === '***') return '***';
  return field === 'notes' ? esc(text) : esc(t(text));
}

async function history(article) {
  const entries = await api('GET', `/api/visits/${article.dataset.visit}/history`);
  const fields = { status: t('status'), missedReason: t('missedReason'), notes: t('notes') };
  article.querySelector('.history').innerHTML = entries.length ? entries.map(e => `<li>${formatInstant(e.at)} · ${t('changedBy')}
    <strong>${esc(e.username)}</strong>: ${e.changes.map(c => `${fields[c.field] ?? esc(c.field)} ${value(c.field, c.from)} → ${value(c.field, c.to)}`).join('；')}</li>`).join('')
    : `<li>${t('noHistory')}</li>`;
}

async function load() {
  const to = addDays(from, days - 1);
  const list = await api('GET', `/api/teams/${me.teamId}/visits?from=${from}&to=${to}`);
  const byDay = new Map();
  for (let d = 0; d < days; d++) byDay.set(addDays(from, d), []);
  list.forEach(v => byDay.get(v.date)?.push(v));
  document.getElementById('visits').innerHTML = [...byDay].map(([day, visits]) =>
    `<section><h2>${formatDay(day)}${day === today ? ` · ${t('today')}` : ''}</h2>
      ${visits.length ? visits.map(card).join('') : `<p class="muted">${t('noVisits')}</p>`}</section>`).join('');
}

document.getElementById('visits').addEventListener('toggle', event => {
  if (event.target.matches('details.history-box') && event.target.open) {
    history(event.target.closest('article')).catch(e => say(e.message, true));
  }
}, true);
document.getElementById('visits').addEventListener('click', event => {
  const button = event.target.closest('button');
  if (!button) return;
  const article = button.closest('article');
  if (button.classList.contains('done')) record(article, 'DONE');
  else if (button.classList.contains('missed')) article.querySelector('.reasons').hidden = false;
  else if (button.dataset.reason) record(article, 'MISSED', button.dataset.reason);
  else if (button.classList.contains('save-notes')) record(article, article.dataset.status, article.dataset.reason);
});
const show = (start, n) => { from = start; days = n; load().catch(e => say(e.message, true)); };
document.getElementById('today').addEventListener('click', () => show(today, 1));
document.getElementById('prev').addEventListener('click', () => show(addDays(from, -1), 1));
document.getElementById('next').addEventListener('click', () => show(addDays(from, days), 1));
document.getElementById('week').addEventListener('click', () => show(today, 7));

start().then(user => { me = user; return load(); }).catch(e => say(e.message, true));
