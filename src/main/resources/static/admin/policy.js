import { api, t, start, constraintName, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);
const SKILLS = ['GENERAL_PRACTICE', 'NURSING', 'TCM', 'REHABILITATION', 'PUBLIC_HEALTH'];
const NEEDS = ['REHABILITATION', 'TCM', 'HOSPICE', 'COGNITIVE_SCREENING'];
const FIELDS = ['homeHospitalBedBelow', 'routineMinutes', 'homeHospitalBedMinutes'];
const LABELS = { homeHospitalBedBelow: 'homeBedBelow', routineMinutes: 'routineMinutes', homeHospitalBedMinutes: 'homeBedMinutes' };
let policy;
let defaults;
let weights;

const skillOptions = (chosen, none) => `${none ? `<option value="">–</option>` : ''}${SKILLS.map(s =>
  `<option value="${s}"${s === chosen ? ' selected' : ''}>${t(`skill_${s}`)}</option>`).join('')}`;
const head = (...keys) => `<tr>${keys.map(k => `<th scope="col">${k ? t(k) : ''}</th>`).join('')}</tr>`;
const tierText = tier => `ADL ${tier.minAdl}+: ${tier.visitsPerMonth} ${t('visits')}, ${t('minGapDays')} ${tier.minGapDays}`;

function tierRow(tier, n) {
  const input = (field, min, max) => `<td><label class="visually-hidden" for="tier-${field}-${n}">${t(field)} ${n + 1}</label>
    <input id="tier-${field}-${n}" name="${field}" type="number" min="${min}" max="${max}" required value="${tier[field]}"></td>`;
  return `<tr class="tier">${input('minAdl', 0, 100)}${input('visitsPerMonth', 0, 31)}${input('minGapDays', 1, 31)}
    <td class="muted">${defaults.tiers[n] ? tierText(defaults.tiers[n]) : ''}</td>
    <td><button type="button" class="secondary remove">${t('remove')}</button></td></tr>`;
}

/** The policy in the form, each value with the default beside it. */
function showPolicy(p) {
  $('policy').innerHTML = head('', 'current', 'default') + FIELDS.map(f => `<tr><th scope="row"><label for="${f}">${t(LABELS[f])}</label></th>
    <td><input id="${f}" type="number" min="${f === 'homeHospitalBedBelow' ? 0 : 1}" max="${f === 'homeHospitalBedBelow' ? 101 : 600}" required value="${p[f]}"></td>
    <td class="muted" data-default="${f}">${defaults[f]}</td></tr>`).join('') +
    `<tr><th scope="row"><label for="homeHospitalBedSkill">${t('homeBedSkill')}</label></th>
    <td><select id="homeHospitalBedSkill">${skillOptions(p.homeHospitalBedSkill)}</select></td><td class="muted">${t(`skill_${defaults.homeHospitalBedSkill}`)}</td></tr>`;
  $('tiers').innerHTML = head('minAdl', 'visitsPerMonth', 'minGapDays', 'default', '') + p.tiers.map(tierRow).join('');
  const ruleOf = (rules, need) => rules.find(r => r.need === need);
  $('needs').innerHTML = head('need', 'skill', 'extraMinutes', 'default') + NEEDS.map(need => {
    const rule = ruleOf(p.needRules, need);
    const fallback = ruleOf(defaults.needRules, need);
    return `<tr class="need" data-need="${need}"><th scope="row">${t(need)}</th>
      <td><label class="visually-hidden" for="need-skill-${need}">${t('skill')}: ${t(need)}</label><select id="need-skill-${need}" name="skill">${skillOptions(rule?.skill, true)}</select></td>
      <td><label class="visually-hidden" for="need-minutes-${need}">${t('extraMinutes')}: ${t(need)}</label>
        <input id="need-minutes-${need}" name="extraMinutes" type="number" min="0" max="240" value="${rule?.extraMinutes ?? 0}"></td>
      <td class="muted">${fallback ? `${t(`skill_${fallback.skill}`)} +${fallback.extraMinutes} ${t('minutes')}` : '–'}</td></tr>`;
  }).join('');
}

function policyBody() {
  return {
    version: policy.version, ...Object.fromEntries(FIELDS.map(f => [f, Number($(f).value)])),
    homeHospitalBedSkill: $('homeHospitalBedSkill').value,
    tiers: [...document.querySelectorAll('#tiers tr.tier')].map(r => ({ minAdl: Number(r.querySelector('[name=minAdl]').value),
      visitsPerMonth: Number(r.querySelector('[name=visitsPerMonth]').value), minGapDays: Number(r.querySelector('[name=minGapDays]').value) })),
    needRules: [...document.querySelectorAll('#needs tr.need')].filter(r => r.querySelector('[name=skill]').value)
      .map(r => ({ need: r.dataset.need, skill: r.querySelector('[name=skill]').value, extraMinutes: Number(r.querySelector('[name=extraMinutes]').value) })),
  };
}

/** Each constraint's weight beside its default, on the constraint's own level. */
function showWeights(w, values = null) {
  $('weights').innerHTML = head('constraint', 'level', 'weight', 'default') + w.constraints.map(c => `<tr data-constraint="${c.id}">
    <th scope="row"><label for="weight-${c.id}">${esc(constraintName(c.id, c.name))}</label><br><code class="muted">${c.id}</code></th><td>${t(c.level)}</td>
    <td><input id="weight-${c.id}" name="weight" required value="${esc(values ? values[c.id] : c.weight)}"></td>
    <td class="muted">${esc(c.defaultWeight)}</td></tr>`).join('');
}

async function load() {
  [policy, defaults, weights] = await Promise.all([api('GET', '/api/policy'), api('GET', '/api/policy/defaults'),
    api('GET', '/api/constraint-weights')]);
  showPolicy(policy);
  showWeights(weights);
}

const act = fn => async event => {
  event.preventDefault();
  try { await fn(); } catch (e) { say(e.message, true); }
};
$('add-tier').addEventListener('click', () => $('tiers').insertAdjacentHTML('beforeend',
  tierRow({ minAdl: '', visitsPerMonth: '', minGapDays: '' }, document.querySelectorAll('#tiers tr.tier').length)));
$('tiers').addEventListener('click', event => {
  if (event.target.classList.contains('remove')) event.target.closest('tr').remove();
});
$('add-tier').setAttribute('aria-label', `${t('tiers')} +`);
$('policy-defaults').addEventListener('click', () => showPolicy({ ...defaults, version: policy.version }));
$('weights-defaults').addEventListener('click', () => showWeights(weights,
  Object.fromEntries(weights.constraints.map(c => [c.id, c.defaultWeight]))));
$('policy-form').addEventListener('submit', act(async () => {
  await api('PUT', '/api/policy', policyBody());
  await load();
  say(t('saved'));
}));
$('weights-form').addEventListener('submit', act(async () => {
  const values = Object.fromEntries([...document.querySelectorAll('#weights tr[data-constraint]')]
    .map(r => [r.dataset.constraint, r.querySelector('input').value.trim()]));
  await api('PUT', '/api/constraint-weights', { version: weights.version, weights: values });
  await load();
  say(t('saved'));
}));

start().then(load).catch(e => say(e.message, true));
