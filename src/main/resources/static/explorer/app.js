// The explorer's shell: hash routes, the language toggle, the token panel, and errors shown in words.

import { setToken, token } from './api.js';
import { lang, setLang, t, translateChrome } from './i18n.js';
import { h } from './ui.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';
import { projectPage } from './pages/project.js';
import { moneyPage } from './pages/money.js';
import { regionPage } from './pages/region.js';
import { documentPage } from './pages/document.js';
import { nodePage } from './pages/node.js';

// #/<page>/<global id>?<params>; the ID is URI-encoded but its colon may be left as is.
const PAGES = {
  '': homePage,
  search: searchPage,
  project: projectPage,
  money: moneyPage,
  region: regionPage,
  document: documentPage,
  node: nodePage,
};

const view = document.getElementById('view');
const authError = document.getElementById('auth-error');

export function parseRoute(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, queryString = ''] = raw.split('?');
  const [page, ...rest] = path.split('/');
  return { page, id: decodeURIComponent(rest.join('/')), params: new URLSearchParams(queryString) };
}

let generation = 0;

async function render() {
  const route = parseRoute(location.hash);
  const page = PAGES[route.page] || homePage;
  const mine = ++generation;
  view.dataset.ready = 'false';
  authError.hidden = true;
  view.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  document.getElementById('search-input').value = route.page === 'search' ? (route.params.get('q') || '') : '';
  let content;
  try {
    content = await page(route);
  } catch (error) {
    content = failure(error);
  }
  if (mine !== generation) {
    return; // a newer route won
  }
  view.querySelectorAll('.chart').forEach((box) => box.dispose && box.dispose());
  view.replaceChildren(content);
  view.dataset.page = route.page || 'home';
  view.dataset.route = location.hash;
  view.dataset.ready = 'true';
}

function failure(error) {
  if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
    authError.textContent = t(error.code === 'UNAUTHENTICATED' ? 'unauthenticated' : 'forbidden');
    authError.dataset.code = error.code;
    authError.hidden = false;
    if (error.code === 'UNAUTHENTICATED') {
      document.getElementById('token-panel').hidden = false;
    }
    return h('div', { class: 'error', 'data-error': error.code }, authError.textContent);
  }
  const prefix = error.code === 'NOT_FOUND' ? t('notFound') : t('failed');
  return h('div', { class: 'banner error', role: 'alert', 'data-error': error.code || 'ERROR' }, prefix + error.message);
}

function chrome() {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  translateChrome();
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = lang() === 'en' ? '中文' : 'English';
  toggle.lang = lang() === 'en' ? 'zh-CN' : 'en';
}

document.getElementById('lang-toggle').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'zh' : 'en');
  chrome();
  render();
});

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) {
    location.hash = `#/search?${new URLSearchParams({ q })}`;
  }
});

const panel = document.getElementById('token-panel');
const tokenInput = document.getElementById('token-input');
document.getElementById('token-button').addEventListener('click', () => {
  panel.hidden = !panel.hidden;
  tokenInput.value = token();
});
document.getElementById('token-save').addEventListener('click', () => {
  setToken(tokenInput.value.trim());
  panel.hidden = true;
  render();
});
document.getElementById('token-clear').addEventListener('click', () => {
  setToken('');
  tokenInput.value = '';
  render();
});

window.addEventListener('hashchange', render);
chrome();
render();
