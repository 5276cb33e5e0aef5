"""The review page's style and script, inlined so the page works offline and alone."""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --line: #ddd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line);
  padding: .6em 1.2em; z-index: 2; }
h1 { font-size: 1.2em; margin: 0 0 .3em; }
.summary span { margin-right: 1.2em; }
.filters { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; font-size: .9em; }
.keys { color: #666; font-size: .85em; }
main { padding: 1em 1.2em; }
section.article, section.story { background: #fff; border: 1px solid var(--line);
  border-radius: 6px; margin: 0 0 1.2em; padding: .8em 1em; }
section.article h2, section.story h2 { font-size: 1.05em; margin: 0 0 .4em;
  font-family: ui-monospace, monospace; }
.meta { color: #555; font-size: .9em; margin: 0 0 .6em; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2em; }
.text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 1.02em; }
mark.finding { background: #fff3cd; border-bottom: 2px solid var(--warning); padding: 0 1px; }
mark.sev-error { background: #fde0e0; border-bottom-color: var(--error); }
mark.sev-info { background: #e3f0fd; border-bottom-color: var(--info); }
mark.current, li.current { outline: 2px solid #333; }
ol.cards { list-style: none; margin: 0; padding: 0; }
li.card { border-left: 4px solid var(--warning); padding: .3em .6em; margin: 0 0 .6em;
  background: #fcfcfc; cursor: pointer; }
li.card.sev-error { border-left-color: var(--error); }
li.card.sev-info { border-left-color: var(--info); }
li.card .rule { font-family: ui-monospace, monospace; font-size: .85em; color: #555; }
li.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6em; margin: .2em 0; }
li.card dt { color: #666; }
li.card dd { margin: 0; }
.hidden { display: none !important; }
mark.muted { background: none; border-bottom: none; }
.error-box { color: var(--error); }
table.timeline { border-collapse: collapse; width: 100%; font-size: .92em; }
table.timeline th, table.timeline td { border-top: 1px solid var(--line); padding: .3em .5em;
  text-align: left; vertical-align: top; }
.bad { color: var(--error); }
"""

SCRIPT = """
(function () {
  var sev = document.querySelectorAll('input[name=severity]');
  var rule = document.getElementById('rule-filter');
  var article = document.getElementById('article-filter');
  function shown(el) {
    var on = {};
    sev.forEach(function (box) { on[box.value] = box.checked; });
    if (!on[el.dataset.severity]) return false;
    return !rule.value || el.dataset.rule === rule.value;
  }
  function apply() {
    document.querySelectorAll('section.article').forEach(function (s) {
      s.classList.toggle('hidden', !!article.value && s.dataset.path !== article.value);
    });
    document.querySelectorAll('li.card').forEach(function (c) {
      c.classList.toggle('hidden', !shown(c));
    });
    document.querySelectorAll('mark.finding').forEach(function (m) {
      m.classList.toggle('muted', !shown(m));
    });
  }
  sev.forEach(function (box) { box.addEventListener('change', apply); });
  rule.addEventListener('change', apply);
  article.addEventListener('change', apply);
  function visibleCards() {
    return Array.prototype.filter.call(document.querySelectorAll('li.card'), function (c) {
      return c.offsetParent !== null;
    });
  }
  var current = -1;
  function go(step) {
    var cards = visibleCards();
    if (!cards.length) return;
    document.querySelectorAll('.current').forEach(function (el) {
      el.classList.remove('current');
    });
    current = (current + step + cards.length) % cards.length;
    var card = cards[current];
    var mark = document.getElementById(card.dataset.target);
    card.classList.add('current');
    if (mark) {
      mark.classList.add('current');
      mark.focus();
      mark.scrollIntoView({block: 'center'});
    }
  }
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'SELECT' || e.target.tagName === 'INPUT') return;
    if (e.key === 'j' || e.key === 'n') go(1);
    if (e.key === 'k' || e.key === 'p') go(-1);
  });
  document.querySelectorAll('li.card').forEach(function (card) {
    card.addEventListener('click', function () {
      var cards = visibleCards();
      current = cards.indexOf(card) - 1;
      go(1);
    });
  });
  apply();
})();
"""


def script_hash() -> str:
    """The CSP source that lets this page's one script run and no other."""
    digest = hashlib.sha256(SCRIPT.encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"
