// What the dispatcher's screens say about a visit's place and its changes: the board, a published
// revision and a re-plan proposal read the same.
import { t, lang, formatDay, formatTime, esc } from '/assets/app.js';

const colon = lang === 'en' ? ': ' : '：';
const paren = text => (lang === 'en' ? ` (${text})` : `（${text}）`);

/** Why the contracted team does not make a visit (ContractedTeamReason), with the skills it lacks. */
export function contractedReasonText(reason, missingSkills) {
  const skills = missingSkills?.length ? `${colon}${missingSkills.map(s => t(`skill_${s}`)).join(lang === 'en' ? ', ' : '、')}` : '';
  return `${t(`cc_${reason}`)}${skills}`;
}

/** Why another team than the contracted one makes the visit, in words: the ≠ mark's tooltip and spoken text. */
export function crossCoverText(crossCover, teamNames) {
  if (!crossCover) return t('crossCover');
  const team = teamNames.get(crossCover.contractedTeamId);
  return `${t('crossCover')}${colon}${contractedReasonText(crossCover.reason, crossCover.missingSkills)}${
    team ? paren(`${t('contractedTeam')}${colon}${team}`) : ''}`;
}

/** The ≠ mark: the reason as a tooltip for the mouse and as text for screen readers. */
export function crossMark(text) {
  return `<span class="mark cross" title="${esc(text)}" aria-hidden="true">≠</span><span class="visually-hidden">${esc(text)}</span>`;
}

/** A place (team, date, start) in words; '–' for none. */
export function placeText(place, teamNames) {
  return place ? `${teamNames.get(place.teamId) ?? ''} ${formatDay(place.date)} ${formatTime(place.start)}` : '–';
}

/** Per team, the visits added, cancelled and moved, as a revision or a proposal lists them. */
export function teamChangesHtml(teams, teamNames, elderOf) {
  const list = (changes, kind) => changes.length ? `<h4>${t(kind)} (${changes.length})</h4><ul>${changes.map(c => {
    const where = kind === 'added' ? placeText(c.after, teamNames) : kind === 'cancelled' ? placeText(c.before, teamNames)
      : `${placeText(c.before, teamNames)} → ${placeText(c.after, teamNames)}`;
    const cross = c.crossCover ? ` ${crossMark(crossCoverText(c.crossCover, teamNames))}` : '';
    return `<li data-visit="${c.visitId}">${esc(elderOf.get(c.visitId) ?? '')}${colon}${esc(where)}${cross}</li>`;
  }).join('')}</ul>` : '';
  if (!teams.length) return `<p>${t('noChanges')}</p>`;
  return teams.map(team => `<section class="card" data-team="${team.teamId}"><h4>${esc(teamNames.get(team.teamId) ?? '')}</h4>${
    list(team.added, 'added')}${list(team.cancelled, 'cancelled')}${list(team.moved, 'moved')}</section>`).join('');
}
