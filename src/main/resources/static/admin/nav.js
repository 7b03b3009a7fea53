// The administrator's pages, linked from each of them (the current one marked for screen readers).
const PAGES = [['/admin/', 'teamPage', '团队'], ['/admin/elders.html', 'elders', '老人'], ['/admin/import.html', 'importData', '导入数据'],
  ['/admin/policy.html', 'policyPage', '服务政策与权重'], ['/dispatcher/', 'board', '排班表']];
const nav = document.createElement('nav');
nav.className = 'row';
nav.setAttribute('aria-label', '管理 · Administration');
nav.innerHTML = PAGES.map(([href, key, text]) =>
  `<a href="${href}" data-t="${key}"${href === location.pathname ? ' aria-current="page"' : ''}>${text}</a>`).join(' ');
document.querySelector('main.page').prepend(nav);
