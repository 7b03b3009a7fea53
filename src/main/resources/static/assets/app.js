// Shared by every page: the user's language, dates in it, the signed-in user, and API calls that carry
// the session's CSRF token and turn problem details into messages.

const TEXTS = {
  'zh-CN': {
    appName: 'CareRounds 家庭医生上门', signOut: '退出', language: 'English', loading: '加载中…',
    signIn: '登录', username: '用户名', password: '密码', signInFailed: '用户名或密码错误',
    throttled: '登录失败次数过多，请稍后再试', signedOut: '您已退出登录',
    today: '今天', weekAhead: '未来一周', noVisits: '这一天没有上门服务', homeBed: '家庭病床',
    call: '拨打电话', openMap: '打开地图', needs: '需求', conditions: '慢病', notes: '备注',
    done: '已完成', missed: '未完成', planned: '待上门', reason: '原因', save: '保存', cancel: '取消',
    recorded: '已记录', at: '开始', minutes: '分钟',
    ELDER_ABSENT: '老人不在家', REFUSED: '老人拒绝', HOSPITALISED: '住院', OTHER: '其他原因',
    month: '月份', center: '服务中心', createRoster: '生成排班', solve: '开始排班', stop: '停止',
    publish: '发布', status: '状态', score: '得分', unassigned: '未安排', timeLeft: '剩余时间',
    board: '排班表', team: '团队', visits: '次上门', load: '负荷', unassignedVisits: '未安排的上门',
    crossCover: '非签约团队', noRoster: '本月还没有排班', constraints: '各项约束得分', kpis: '指标',
    visitsPlanned: '已安排上门', visitsRequired: '应上门', travelPerVisit: '每次上门路程（分钟）',
    contractedShare: '签约团队完成比例', DRAFT: '草稿', SOLVING: '排班中', SOLVED: '已排好',
    PUBLISHED: '已发布', INTERRUPTED: '已中断', NEEDS_REPLAN: '需要重新排班', replan: '重新排班',
    teams: '团队', capacity: '每日容量', maxVisits: '每日最多上门次数', maxVisitMinutes: '每日最多服务分钟',
    from: '从', to: '到', preview: '预览影响', apply: '保存修改', noLongerFit: '将放不下的上门',
    noneNoLongerFit: '所有已排上门仍然放得下', saved: '已保存', version: '版本',
    forbidden: '无权访问', elders: '老人', search: '按姓名或编号搜索', code: '编号', name: '姓名',
    nationalId: '身份证号', phone: '电话', adl: 'ADL 评分', assessedOn: '评估日期', assessor: '评估人',
    reassess: '重新评估', importData: '导入数据', files: '数据文件（CSV）', upload: '导入',
    imported: '已导入', importRefused: '导入被拒绝，未写入任何数据', file: '文件', line: '行', column: '列',
    capacityPage: '团队容量',
  },
  en: {
    appName: 'CareRounds home visits', signOut: 'Sign out', language: '中文', loading: 'Loading…',
    signIn: 'Sign in', username: 'Username', password: 'Password', signInFailed: 'Wrong username or password',
    throttled: 'Too many failed sign-ins: try again later', signedOut: 'You have signed out',
    today: 'Today', weekAhead: 'Week ahead', noVisits: 'No visits on this day', homeBed: 'Home hospital bed',
    call: 'Call', openMap: 'Open map', needs: 'Needs', conditions: 'Conditions', notes: 'Notes',
    done: 'Done', missed: 'Missed', planned: 'Planned', reason: 'Reason', save: 'Save', cancel: 'Cancel',
    recorded: 'Recorded', at: 'Start', minutes: 'min',
    ELDER_ABSENT: 'Elder not at home', REFUSED: 'Refused', HOSPITALISED: 'In hospital', OTHER: 'Other',
    month: 'Month', center: 'Health center', createRoster: 'Create roster', solve: 'Solve', stop: 'Stop',
    publish: 'Publish', status: 'Status', score: 'Score', unassigned: 'Unassigned', timeLeft: 'Time left',
    board: 'Roster board', team: 'Team', visits: 'visits', load: 'Load', unassignedVisits: 'Unassigned visits',
    crossCover: 'not the contracted team', noRoster: 'No roster for this month yet', constraints: 'Score by constraint',
    kpis: 'Key figures', visitsPlanned: 'Visits planned', visitsRequired: 'Visits required',
    travelPerVisit: 'Travel minutes per visit', contractedShare: 'Share by the contracted team', DRAFT: 'Draft',
    SOLVING: 'Solving', SOLVED: 'Planned', PUBLISHED: 'Published', INTERRUPTED: 'Interrupted',
    NEEDS_REPLAN: 'Needs a re-plan', replan: 'Re-plan',
    teams: 'Teams', capacity: 'Daily capacity', maxVisits: 'Most visits a day', maxVisitMinutes: 'Most visit minutes a day',
    from: 'From', to: 'To', preview: 'Preview the effect', apply: 'Save change', noLongerFit: 'Visits that would no longer fit',
    noneNoLongerFit: 'Every planned visit still fits', saved: 'Saved', version: 'Version',
    forbidden: 'Not allowed', elders: 'Elders', search: 'Search by name or code', code: 'Code', name: 'Name',
    nationalId: 'National ID', phone: 'Phone', adl: 'ADL score', assessedOn: 'Assessed on', assessor: 'Assessor',
    reassess: 'Reassess', importData: 'Import', files: 'Dataset files (CSV)', upload: 'Import',
    imported: 'Imported', importRefused: 'Import refused; nothing was written', file: 'File', line: 'Line', column: 'Column',
    capacityPage: 'Team capacity',
  },
};

export const lang = localStorage.getItem('carerounds.lang') === 'en' ? 'en' : 'zh-CN';
document.documentElement.lang = lang;

/** The text for a key in the user's language (the key itself if there is none). */
export function t(key) {
  return TEXTS[lang][key] ?? key;
}

/** Fills every element marked data-t with its text, and data-t-label / data-t-placeholder attributes. */
export function translate(root = document) {
  root.querySelectorAll('[data-t]').forEach(e => { e.textContent = t(e.dataset.t); });
  root.querySelectorAll('[data-t-label]').forEach(e => e.setAttribute('aria-label', t(e.dataset.tLabel)));
}

/** 12月3日 周四 in Chinese, Thu 3 Dec in English. */
export function formatDay(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const options = { month: lang === 'en' ? 'short' : 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

export function formatTime(isoTime) {
  return isoTime ? isoTime.substring(0, 5) : '';
}

/** The local date as yyyy-mm-dd (the center's day is the browser's day). */
export function isoDate(date = new Date()) {
  const p = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export function addDays(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}

/** The session's CSRF token, which every change a page makes carries (the service sets it as a cookie). */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    const fields = (problem.errors || []).map(e => `${e.field}: ${e.reason}`).join('; ');
    super([problem.detail || problem.title || `HTTP ${status}`, fields].filter(Boolean).join(' — '));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the session; a 401 sends the user to the sign-in form. A FormData body goes as multipart. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  if (response.status === 401) {
    location.href = '/sign-in';
    throw new ApiError(401, { detail: 'signed out' });
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data || {});
  return data;
}

/** Escapes text for HTML built in templates. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Shows a message in the page's status line, read out by screen readers. */
export function say(message, isError = false) {
  const line = document.getElementById('message');
  line.textContent = message;
  line.classList.toggle('error', isError);
}

/** The button that switches between Chinese and English, kept for the next visit. */
export function languageSwitch(button = document.getElementById('language')) {
  button.addEventListener('click', () => {
    localStorage.setItem('carerounds.lang', lang === 'en' ? 'zh-CN' : 'en');
    location.reload();
  });
}

/** The header every page shares: who is signed in, the language switch and sign-out; returns the user. */
export async function start() {
  translate();
  const me = await api('GET', '/api/me');
  document.getElementById('who').textContent = me.name || me.username;
  languageSwitch();
  document.querySelector('#sign-out input[name=_csrf]').value = csrfToken();
  return me;
}
