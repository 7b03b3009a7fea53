import { api, t, start, esc, say } from '/assets/app.js';

const $ = id => document.getElementById(id);

$('import-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData();
  [...$('files').files].forEach(file => form.append(file.name, file));
  $('report').innerHTML = '';
  try {
    const result = await api('POST', '/api/import', form);
    say(`${t('imported')}: ${result.elders} ${t('elders')}, ${result.teams} ${t('teams')}`);
  } catch (e) {
    const errors = e.problem?.errors;
    if (e.status === 422 && Array.isArray(errors)) {
      say(t('importRefused'), true);
      $('report').innerHTML = `<tr><th scope="col">${t('file')}</th><th scope="col">${t('line')}</th><th scope="col">${t('column')}</th><th scope="col">${t('reason')}</th></tr>`
        + errors.map(r => `<tr><td>${esc(r.file)}</td><td>${r.line}</td><td>${esc(r.column)}</td><td>${esc(r.reason)}</td></tr>`).join('');
    } else {
      say(e.message, true);
    }
  }
});

start().catch(e => say(e.message, true));
