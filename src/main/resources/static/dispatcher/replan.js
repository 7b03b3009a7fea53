// The month's events and their re-plan proposals, and the places for one new visit of an elder.
import { api, t, formatDay, formatTime, formatInstant, formatScore, esc, say } from '/assets/app.js';
import { contractedReasonText, placeText, teamChangesHtml } from '/dispatcher/changes.js';

const $ = id => document.getElementById(id);

/** Each kind of event (its endpoint under /events/), with the reasons the service takes for it. */
const REASONS = {
  'team-unavailable': ['SICKNESS', 'TRAINING', 'OTHER'],
  'elder-away': ['HOSPITAL', 'AWAY', 'OTHER'],
  'contract-ended': ['CONTRACT_ENDED', 'DIED', 'OTHER'],
  'urgent-visit': ['DISCHARGE', 'NEW_HOME_HOSPITAL_BED', 'COMPLAINT', 'OTHER'],
};

/**
 * Wires the events and places forms. {@code board} is the dispatcher's page: {@code roster()} and
 * {@code view()} what it shows, {@code ix()} its indexes, {@code refresh(selection)} reads the roster
 * again and redraws, {@code find()} reads the roster's state too (after a publication).
 */
export function setUpReplan(board) {
  $('event-kind').innerHTML = Object.keys(REASONS).map(k => `<option value="${k}">${t(`ev_${k}`)}</option>`).join('');
  const showKind = () => {
    const kind = $('event-kind').value;
    document.querySelectorAll('#event-form [data-for]').forEach(e => { e.hidden = !e.dataset.for.split(' ').includes(kind); });
    $('event-reason').innerHTML = REASONS[kind].map(r => `<option value="${r}">${t(`er_${r}`)}</option>`).join('');
  };
  $('event-kind').addEventListener('change', showKind);
  showKind();

  const guard = fn => async event => {
    event.preventDefault();
    try { await fn(event); } catch (e) { say(e.message, true); }
  };

  $('event-form').addEventListener('submit', guard(async () => {
    const kind = $('event-kind').value;
    const notes = $('event-notes').value.trim() || null;
    const reason = $('event-reason').value;
    const body = {
      'team-unavailable': () => ({ teamId: Number($('event-team').value), from: $('event-from').value, to: $('event-to').value || null, reason, notes }),
      'elder-away': () => ({ elderId: Number($('event-elder').value), from: $('event-from').value, to: $('event-to').value || null, reason, notes }),
      'contract-ended': () => ({ elderId: Number($('event-elder').value), from: $('event-from').value, reason, notes }),
      'urgent-visit': () => ({ elderId: Number($('event-elder').value), withinDays: Number($('event-within').value), reason, notes }),
    }[kind]();
    if (body.from === '') body.from = null;
    $('record-event').disabled = true;
    say(t('replanning'));
    try {
      const answer = await api('POST', `/api/rosters/${board.roster().id}/events/${kind}`, body);
      await board.refresh();
      showAnswer(answer);
      say(t('saved'));
    } finally {
      $('record-event').disabled = false;
    }
  }));

  function showAnswer(answer) {
    const ix = board.ix();
    const p = answer.proposal;
    const rows = answer.affected.map(a => `<tr data-visit="${a.visitId}" class="${a.after ? 'moved' : 'unplaced'}">
      <td>${esc(a.elderName)}</td><td>${esc(placeText(a.before, ix.teamNames))}</td>
      <td>${a.after ? esc(placeText(a.after, ix.teamNames)) : esc(t(a.status === 'CANCELLED' ? a.reason ?? 'CANCELLED' : a.reason))}</td></tr>`).join('');
    $('event-answer').innerHTML = `<section class="card" id="event-result">
      <h3>${t(answer.event.kind)} · ${t(`er_${answer.event.reason}`)}</h3>
      <h4>${t('affected')} (${answer.affected.length})</h4>
      ${answer.affected.length ? `<div class="scroll-x"><table class="board" id="affected"><tr><th scope="col">${t('elder')}</th>
        <th scope="col">${t('before')}</th><th scope="col">${t('after')}</th></tr>${rows}</table></div>` : ''}
      ${p ? `<h4>${t('proposal')}</h4>
        <p id="proposal-summary">${t(p.rosterStatus)} · ${t('score')}: ${esc(formatScore(p.score))} · ${t('unassigned')}: ${p.unassigned ?? '–'}</p>
        <p class="muted">${t('proposalNote')}</p>
        <div id="proposal">${teamChangesHtml(p.changes, ix.teamNames, ix.elderOf)}</div>
        ${p.rosterStatus === 'SOLVED' ? `<button type="button" id="publish-proposal">${t('publishProposal')}</button>` : ''}`
        : `<p>${t('noProposal')}</p>`}
    </section>`;
  }

  $('event-answer').addEventListener('click', guard(async event => {
    if (event.target.id !== 'publish-proposal') return;
    event.target.disabled = true;
    let publication;
    try {
      publication = await board.publish();
    } finally {
      event.target.disabled = false;
    }
    event.target.replaceWith(Object.assign(document.createElement('p'), {
      id: 'proposal-published', textContent: `${t('PUBLISHED')}: ${t('revision')} ${publication.revision}` }));
    await board.find();
    say(`${t('PUBLISHED')}: ${t('revision')} ${publication.revision}`);
  }));

  /** {@code body}: the elder and the days for a new visit, or the elder and a waiting visit ({@code visitId}). */
  async function findPlaces(body) {
    showPlaces(await api('POST', `/api/rosters/${board.roster().id}/recommendations`, body));
  }

  $('places-form').addEventListener('submit', guard(() => findPlaces(
    { elderId: Number($('places-elder').value), from: $('places-from').value || null, to: $('places-to').value || null })));

  function placeRow(place, index) {
    const label = `${t('applyPlace')}: ${place.teamName} ${formatDay(place.date)} ${formatTime(place.plannedStart)}`;
    return `<tr data-team="${place.teamId}" data-date="${place.date}" data-position="${place.position}">
      <td>${esc(place.teamName)}${place.contractedTeam ? ` <span class="tag">${t('contractedTeam')}</span>` : ''}</td>
      <td>${formatDay(place.date)}</td><td>${formatTime(place.plannedStart)}</td><td class="num">${place.position + 1}</td>
      <td class="score-change" title="${esc(place.scoreChange)}">${esc(formatScore(place.scoreChange, true))}</td><td class="num">${place.addedTravelMinutes.toFixed(1)}</td>
      <td><button type="button" class="secondary" data-apply="${index}" aria-label="${esc(label)}">${t('applyPlace')}</button></td></tr>`;
  }

  let shown = null;
  function showPlaces(r) {
    const ix = board.ix();
    shown = { elderId: r.elderId, visitId: r.visitId, places: [...r.places, ...(r.contractedTeam?.bestPlace ? [r.contractedTeam.bestPlace] : [])] };
    const c = r.contractedTeam;
    const why = c?.amongPlaces ? t('contractedAmong')
      : `${t('contractedNotAmong')}${c?.reason ? `: ${contractedReasonText(c.reason, c.missingSkills)}` : ''}`;
    const best = c && !c.amongPlaces && c.bestPlace ? `<p>${t('contractedBest')}: ${esc(c.bestPlace.teamName)} ${formatDay(c.bestPlace.date)}
      ${formatTime(c.bestPlace.plannedStart)} · ${t('scoreChange')} ${esc(formatScore(c.bestPlace.scoreChange, true))}
      <button type="button" class="secondary" data-apply="${shown.places.length - 1}">${t('applyPlace')}</button></p>` : '';
    $('places').innerHTML = `<p id="places-for">${t(r.visitId ? 'placesFor' : 'visitOf')}${esc(ix.elderName.get(r.elderId) ?? '')} · ${t(r.kind)}
      · ${r.durationMinutes} ${t('minutes')} · ${formatDay(r.from)} – ${formatDay(r.to)}</p>
      <div class="verdict${c?.amongPlaces ? ' ok' : ''}" id="contracted-verdict"><strong>${t('contractedTeam')}: ${esc(c?.teamName ?? '')}</strong> — ${esc(why)}${best}</div>
      ${r.places.length ? `<h3>${t('recommendations')}</h3><div class="scroll-x"><table class="board" id="place-list"><tr>
        <th scope="col">${t('team')}</th><th scope="col">${t('date')}</th><th scope="col">${t('at')}</th><th scope="col">${t('stopNumber')}</th>
        <th scope="col" title="${t('scoreWorse')}">${t('scoreChange')}</th><th scope="col">${t('addedTravel')}</th><th scope="col"></th></tr>
        ${r.places.map(placeRow).join('')}</table></div>` : `<p>${t('noPlaces')}</p>`}`;
  }

  $('places').addEventListener('click', guard(async event => {
    const button = event.target.closest('button[data-apply]');
    if (!button || !shown) return;
    const place = shown.places[Number(button.dataset.apply)];
    const applied = await api('POST', `/api/rosters/${board.roster().id}/recommendations/apply`,
      { elderId: shown.elderId, visitId: shown.visitId, teamId: place.teamId, date: place.date, position: place.position });
    shown = null;
    $('places').innerHTML = `<p id="place-applied">${t('placedAt')} ${esc(applied.place.teamName)} ${formatDay(applied.place.date)} ${
      formatTime(applied.place.plannedStart)}</p>`;
    await board.find({ visit: applied.visitId });
    say(`${t('placedAt')} ${applied.place.teamName} ${formatDay(applied.place.date)} ${formatTime(applied.place.plannedStart)}`);
  }));

  // From an unassigned visit's line: the places for that visit itself (applying one places it, adds none).
  $('unassigned').addEventListener('click', guard(async event => {
    const button = event.target.closest('button[data-find-visit]');
    if (!button) return;
    await findPlaces({ elderId: Number(button.dataset.elder), visitId: Number(button.dataset.findVisit) });
    $('places-section').scrollIntoView();
  }));

  return {
    /** After the board is drawn: the teams and elders to choose from, the month's events. */
    async show() {
      const ix = board.ix();
      const teams = [...ix.teamNames].map(([id, name]) => `<option value="${id}">${esc(name)}</option>`).join('');
      const elders = [...ix.elderName].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'))
        .map(([id, name]) => `<option value="${id}">${esc(name)}</option>`).join('');
      for (const [id, options] of [['event-team', teams], ['event-elder', elders], ['places-elder', elders]]) {
        const keep = $(id).value;
        $(id).innerHTML = options;
        if (keep) $(id).value = keep;
      }
      const list = await api('GET', `/api/rosters/${board.roster().id}/events`);
      $('events').innerHTML = list.length ? `<tr><th scope="col">${t('eventKind')}</th><th scope="col">${t('reasonText')}</th>
        <th scope="col">${t('team')} / ${t('elder')}</th><th scope="col">${t('from')}</th><th scope="col">${t('to')}</th>
        <th scope="col">${t('notes')}</th><th scope="col">${t('recordedBy')}</th><th scope="col">${t('recordedAt')}</th></tr>` +
        list.map(e => `<tr data-event="${e.id}"><td>${t(e.kind)}</td><td>${t(`er_${e.reason}`)}</td>
          <td>${esc(e.teamId ? ix.teamNames.get(e.teamId) ?? '' : ix.elderName.get(e.elderId) ?? '')}</td>
          <td>${e.from ? formatDay(e.from) : ''}</td><td>${e.to ? formatDay(e.to) : ''}</td><td>${esc(e.notes ?? '')}</td>
          <td>${esc(e.recordedBy)}</td><td>${formatInstant(e.recordedAt)}</td></tr>`).join('')
        : `<tr><td>${t('noEvents')}</td></tr>`;
    },
    clear() {
      ['events', 'event-answer', 'places'].forEach(id => { $(id).innerHTML = ''; });
    },
  };
}
