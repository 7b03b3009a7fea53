import { api, t, start, formatDay, formatTime, isoDate, addDays, esc, say } from '/assets/app.js';

const REASONS = ['ELDER_ABSENT', 'REFUSED', 'HOSPITALISED', 'OTHER'];
let me;
let from = new URLSearchParams(location.search).get('date') || isoDate();
let days = 1;
const today = isoDate();

function card(v) {
  const recorded = v.status !== 'PLANNED';
  const map = `https://uri.amap.com/search?keyword=${encodeURIComponent(v.address)}`;
  const needs = [...(v.needs || []), ...(v.conditions || [])].join('、');
  const canRecord = v.date <= today;
  return `<article class="card${v.homeHospitalBed ? ' bed' : ''}" data-visit="${v.visitId}" data-version="${v.version}" data-status="${v.status}">
    <div class="row" style="justify-content:space-between">
      <strong>${v.position + 1}. ${formatTime(v.plannedStart)} · ${esc(v.elderName)}</strong>
      ${v.homeHospitalBed ? `<span class="tag bed">${t('homeBed')}</span>` : ''}
    </div>
    <div><a href="${map}" target="_blank" rel="noopener" aria-label="${t('openMap')}: ${esc(v.address)}">${esc(v.address)}</a></div>
    ${v.phone ? `<div><a href="tel:${esc(v.phone)}">${t('call')} ${esc(v.phone)}</a></div>` : ''}
    <div class="muted">${v.durationMinutes} ${t('minutes')}${needs ? ` · ${t('needs')}: ${esc(needs)}` : ''}</div>
    ${v.notes ? `<div class="muted">${t('notes')}: ${esc(v.notes)}</div>` : ''}
    <div class="status"><span class="tag">${t(recorded ? v.status === 'DONE' ? 'done' : 'missed' : 'planned')}</span>
      ${v.missedReason ? t(v.missedReason) : ''}</div>
    ${canRecord ? `<div class="outcome">
      <button type="button" class="done" aria-label="${t('done')}: ${esc(v.elderName)}">${t('done')}</button>
      <button type="button" class="missed secondary" aria-label="${t('missed')}: ${esc(v.elderName)}">${t('missed')}</button>
    </div>
    <div class="reasons outcome" hidden>${REASONS.map(r => `<button type="button" class="secondary" data-reason="${r}">${t(r)}</button>`).join('')}</div>` : ''}
  </article>`;
}

async function record(article, status, missedReason) {
  const visit = article.dataset.visit;
  // A correction of an outcome already recorded must name the version it corrects.
  const body = { status, missedReason: missedReason || null, notes: null,
                 version: article.dataset.status !== 'PLANNED' ? Number(article.dataset.version) : null };
  try {
    await api('POST', `/api/visits/${visit}/outcome`, body);
    say(t('recorded'));
    await load();
  } catch (e) {
    say(e.message, true);
  }
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

document.getElementById('visits').addEventListener('click', event => {
  const button = event.target.closest('button');
  if (!button) return;
  const article = button.closest('article');
  if (button.classList.contains('done')) record(article, 'DONE');
  else if (button.classList.contains('missed')) article.querySelector('.reasons').hidden = false;
  else if (button.dataset.reason) record(article, 'MISSED', button.dataset.reason);
});
const show = (start, n) => { from = start; days = n; load().catch(e => say(e.message, true)); };
document.getElementById('today').addEventListener('click', () => show(today, 1));
document.getElementById('prev').addEventListener('click', () => show(addDays(from, -1), 1));
document.getElementById('next').addEventListener('click', () => show(addDays(from, days), 1));
document.getElementById('week').addEventListener('click', () => show(today, 7));

start().then(user => { me = user; return load(); }).catch(e => say(e.message, true));
