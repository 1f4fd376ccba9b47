/*
 * phreplay's rendering script. It runs only through WebEngine.executeScript: the page's own
 * JavaScript is disabled. Java sends op lists (see MirrorRenderer); this script builds them node
 * by node and keeps the map from mirror key to rendered node. Recorded content is neutralised
 * on the way in (on* attributes renamed, javascript: URLs replaced, meta http-equiv and base href
 * renamed, script elements rendered as noscript); the dump walker reports the recorded values,
 * so the rendered dump still equals the mirror.
 */
(function () {
  if (window.__phr) { return; }
  var XHTML = 'http://www.w3.org/1999/xhtml';
  var SVG = 'http://www.w3.org/2000/svg';
  var MATHML = 'http://www.w3.org/1998/Math/MathML';
  var XLINK = 'http://www.w3.org/1999/xlink';
  var XMLNS = 'http://www.w3.org/2000/xmlns/';
  var RENAMED = 'x-phr-';
  var BLOCKED_URL = 'about:blank#phr-blocked';
  var RULES = [
    '.rr-block { background: currentColor }',
    'noscript { display: none !important; }',
    'html.rrweb-paused *, html.rrweb-paused *:before, html.rrweb-paused *:after { animation-play-state: paused !important; }'
  ];
  var nodes = new Map();
  /** Rendered node -> its mirror key, to forget a removed subtree's keys and to name a picked node. */
  var keyOf = new WeakMap();
  var originals = new WeakMap();
  var scripts = new WeakSet();
  var hovered = [];
  var paused = true;
  var stats = { neutralised: 0, unsupported: [], failed: 0 };
  var currentEvent = -1;
  var locked = true;
  /** Recorded URL -> the package's copy (phreplay-asset:), or null when the package holds no assets. */
  var assets = null;
  /** Text of style elements whose CSS now points at package copies: the recorded text, for the dump. */
  var originalTexts = new WeakMap();
  /** Each document's own style sheet (the paused rule, canvas pictures), left out of the dump. */
  var injectedSheets = new WeakMap();
  var CANVAS_MARK = 'data-phr-canvas';

  function note(message) {
    if (stats.unsupported.indexOf(message) < 0) { stats.unsupported.push(message); }
  }

  // ---- lock-down ------------------------------------------------------------------------
  /** A javascript:/vbscript: URL, as a browser reads it: leading blanks and embedded tabs and newlines ignored. */
  function unsafeUrl(value) {
    var text = String(value);
    var i = 0;
    while (i < text.length && text.charCodeAt(i) <= 32) { i++; }
    if (text.indexOf(':', i) < 0) { return false; }
    var head = text.substr(i, 48).replace(/[\u0000-\u0020]/g, '').toLowerCase();
    return head.indexOf('javascript:') === 0 || head.indexOf('vbscript:') === 0;
  }

  function mustRename(el, lower) {
    if (lower.indexOf('on') === 0 || lower === 'srcdoc') { return true; }
    var tag = el.localName;
    return (tag === 'meta' && lower === 'http-equiv') || (tag === 'base' && lower === 'href');
  }

  function remember(el, name, value) {
    var map = originals.get(el);
    if (!map) { map = {}; originals.set(el, map); }
    map[name] = value;
  }

  function forget(el, name) {
    var map = originals.get(el);
    if (map) { delete map[name]; }
  }

  function rawSet(el, name, value) {
    if (name.indexOf('xlink:') === 0) { el.setAttributeNS(XLINK, name, value); return; }
    if (name === 'xmlns' || name.indexOf('xmlns:') === 0) { el.setAttributeNS(XMLNS, name, value); return; }
    el.setAttribute(name, value);
  }

  function setAttr(el, name, value) {
    var lower = name.toLowerCase();
    forget(el, name);
    if (value === null) {
      el.removeAttribute(name);
      el.removeAttribute(RENAMED + name);
      return;
    }
    try {
      if (!locked) {
        rawSet(el, name, value);
      } else if (mustRename(el, lower)) {
        stats.neutralised++;
        rawSet(el, RENAMED + name, value);
      } else if (unsafeUrl(value)) {
        stats.neutralised++;
        remember(el, name, value);
        rawSet(el, name, BLOCKED_URL);
      } else {
        var local = localAttr(lower, value);
        if (local !== value) { remember(el, name, value); }
        rawSet(el, name, local);
      }
    } catch (e) {
      note('attribute "' + name + '" cannot be set: ' + e.message);
    }
  }

  // ---- the package's assets ------------------------------------------------------------------
  var URL_ATTRIBUTES = { src: 1, href: 1, 'xlink:href': 1, poster: 1, data: 1, background: 1 };

  function localUrl(url) {
    if (assets === null) { return url; }
    var key = String(url).trim();
    return Object.prototype.hasOwnProperty.call(assets, key) ? assets[key] : url;
  }

  /** An attribute value with the URLs the package holds pointed at its copies. */
  function localAttr(lower, value) {
    if (assets === null) { return value; }
    if (URL_ATTRIBUTES[lower]) { return localUrl(value); }
    if (lower === 'srcset') {
      return String(value).split(',').map(function (candidate) {
        var parts = candidate.trim().split(/\s+/);
        parts[0] = localUrl(parts[0]);
        return parts.join(' ');
      }).join(', ');
    }
    if (lower === 'style') { return localCss(value); }
    return value;
  }

  function localCss(text) {
    if (assets === null) { return text; }
    return String(text)
      .replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, function (all, quote, url) {
        var local = localUrl(url);
        return local === url ? all : 'url(' + quote + local + quote + ')';
      })
      .replace(/@import\s+(['"])([^'"]*)\1/g, function (all, quote, url) {
        var local = localUrl(url);
        return local === url ? all : '@import ' + quote + local + quote;
      });
  }

  /** Text inside a style element takes the package's copies too; the recorded text stays for the dump. */
  function localText(parent, node) {
    if (assets === null || node.nodeType !== 3 || !parent || parent.nodeType !== 1 || parent.localName !== 'style') { return; }
    var recorded = originalTexts.has(node) ? originalTexts.get(node) : node.data;
    var local = localCss(recorded);
    if (local !== recorded) {
      originalTexts.set(node, recorded);
      node.data = local;
    } else {
      originalTexts.delete(node);
    }
  }

  function setAssets(map) {
    assets = map && Object.keys(map).length ? map : null;
  }

  // ---- building -------------------------------------------------------------------------
  function injectRules(doc) {
    var html = doc.documentElement;
    if (!html) { return; }
    var style = doc.createElementNS(XHTML, 'style');
    html.insertBefore(style, html.firstChild);
    var sheet = style.sheet;
    if (!sheet) { note('injected style has no sheet'); return; }
    injectedSheets.set(doc, sheet);
    for (var i = 0; i < RULES.length; i++) {
      try { sheet.insertRule(RULES[i], sheet.cssRules.length); } catch (e) { note('rule rejected: ' + RULES[i]); }
    }
  }

  /**
   * rrweb's paused rule only matters to CSS animations, so it is switched on only in a document whose
   * sheets hold @keyframes: on a page without them it would change nothing, yet it makes every layout
   * resolve every element's ::before and ::after (a quarter of the layout time of a 26,000-element page).
   */
  function markPaused(doc) {
    var html = doc.documentElement;
    if (html) { html.classList.toggle('rrweb-paused', paused && animates(doc)); }
  }

  function animates(doc) {
    var sheets = doc.styleSheets;
    for (var i = 0; i < sheets.length; i++) {
      var rules;
      try { rules = sheets[i].cssRules; } catch (e) { return true; }
      if (rules && hasKeyframes(rules, 0)) { return true; }
    }
    return false;
  }

  function hasKeyframes(rules, depth) {
    for (var i = 0; i < rules.length; i++) {
      var rule = rules[i];
      if (rule.type === 7) { return true; }
      if (rule.cssRules && depth < 16 && hasKeyframes(rule.cssRules, depth + 1)) { return true; }
    }
    return false;
  }

  function createElement(doc, tag, ns) {
    if (ns) { return doc.createElementNS(ns, tag); }
    if (locked && tag.toLowerCase() === 'script') {
      var stand = doc.createElementNS(XHTML, 'noscript');
      scripts.add(stand);
      return stand;
    }
    return doc.createElementNS(XHTML, tag);
  }

  function build(doc, t, work) {
    var node;
    switch (t[0]) {
      case 1: node = doc.implementation.createDocumentType(t[2] || 'html', t[3] || '', t[4] || ''); break;
      case 2: node = buildElement(doc, t, work); break;
      case 3: node = doc.createTextNode(t[2]); break;
      case 4: node = doc.createComment(t[2]); break;
      case 5:
        try { node = doc.createCDATASection(t[2]); } catch (e) { note('CDATA in an HTML document'); node = doc.createTextNode(t[2]); }
        break;
      default: throw new Error('unknown node kind ' + t[0]);
    }
    keep(t[1], node);
    return node;
  }

  function buildElement(doc, t, work) {
    var el = createElement(doc, t[2], t[3]);
    var attrs = t[4];
    for (var i = 0; i < attrs.length; i += 2) { setAttr(el, attrs[i], attrs[i + 1]); }
    appendAll(doc, el, t[5], work);
    if (t[6]) { buildShadow(doc, el, t, work); }
    if (t[7]) { work.frames.push([el, t[7]]); }
    if (t[8] !== null || t[9] !== null) { work.inputs.push([el, t[8], t[9]]); }
    if (t[10] || t[11]) { work.scrolls.push([el, t[10], t[11]]); }
    if (t[12] !== null && t[12] !== undefined) { work.selected.push([el, t[12]]); }
    if (t[13]) { work.sheets.push([el, t[13]]); }
    if (el.localName === 'dialog') { work.dialogs.push(el); }
    return el;
  }

  function buildShadow(doc, el, t, work) {
    var root;
    try { root = el.attachShadow({ mode: 'open' }); } catch (e) { note('attachShadow unsupported on <' + t[2] + '>: ' + e.message); return; }
    keep('s' + t[1], root);
    appendAll(doc, root, t[6], work);
  }

  function appendAll(doc, parent, list, work) {
    for (var i = 0; i < list.length; i++) {
      var child = build(doc, list[i], work);
      parent.appendChild(child);
      localText(parent, child);
    }
  }

  function newWork() { return { frames: [], inputs: [], scrolls: [], selected: [], sheets: [], dialogs: [] }; }

  function keep(key, node) {
    nodes.set(key, node);
    keyOf.set(node, key);
  }

  /** Forgets the keys of a subtree leaving the page (its shadow roots and frame documents too). */
  function forgetKeys(node) {
    var key = keyOf.get(node);
    if (key !== undefined && nodes.get(key) === node) { nodes.delete(key); }
    for (var c = node.firstChild; c; c = c.nextSibling) { forgetKeys(c); }
    if (node.nodeType === 1) {
      if (node.shadowRoot) { forgetKeys(node.shadowRoot); }
      var local = node.localName;
      if ((local === 'iframe' || local === 'frame') && node.contentDocument) { forgetKeys(node.contentDocument); }
    }
  }

  function fillDocument(doc, t, work) {
    while (doc.firstChild) { forgetKeys(doc.firstChild); doc.removeChild(doc.firstChild); }
    keep(t[1], doc);
    appendAll(doc, doc, t[2], work);
    injectRules(doc);
  }

  function finish(work) {
    while (work.frames.length) {
      var frame = work.frames.shift();
      var doc = frame[0].contentDocument;
      if (!doc) { note('an iframe has no content document'); continue; }
      fillDocument(doc, frame[1], work);
    }
    work.inputs.forEach(function (i) { setInput(i[0], i[1], i[2]); });
    work.selected.forEach(function (o) { o[0].selected = o[1]; });
    work.sheets.forEach(function (s) { setSheet(s[0], s[1]); });
    work.scrolls.forEach(function (s) { s[0].scrollLeft = s[1]; s[0].scrollTop = s[2]; });
    work.dialogs.forEach(syncDialog);
  }

  /** Gives a style element's sheet these rules, leaving its text as recorded. */
  function setSheet(el, cssText) {
    var sheet = el.sheet;
    var doc = el.ownerDocument;
    if (!sheet || !doc.head) { note('a style sheet cannot be updated'); return; }
    var scratch = doc.createElementNS(XHTML, 'style');
    scratch.textContent = localCss(cssText);
    doc.head.appendChild(scratch);
    var rules = scratch.sheet ? scratch.sheet.cssRules : [];
    while (sheet.cssRules.length) { sheet.deleteRule(sheet.cssRules.length - 1); }
    for (var i = 0; i < rules.length; i++) {
      try { sheet.insertRule(rules[i].cssText, sheet.cssRules.length); } catch (e) { note('rule rejected: ' + rules[i].cssText); }
    }
    doc.head.removeChild(scratch);
  }

  /**
   * A canvas shows the latest picture the mirror has of it. Drawing it with drawImage would need the
   * image's load event, and no script event runs in the page: the picture is the canvas's background.
   */
  function paintCanvas(key, dataUrl) {
    var el = nodes.get(key);
    if (!el || el.localName !== 'canvas') { return; }
    var sheet = injectedSheets.get(el.ownerDocument);
    if (!sheet) { note('a canvas picture cannot be shown'); return; }
    el.setAttribute(CANVAS_MARK, String(key));
    var selector = 'canvas[' + CANVAS_MARK + '="' + key + '"]';
    for (var i = sheet.cssRules.length - 1; i >= 0; i--) {
      if (sheet.cssRules[i].selectorText === selector) { sheet.deleteRule(i); }
    }
    var url = String(dataUrl).replace(/["\\\n\r]/g, '');
    try {
      sheet.insertRule(selector + ' { background-image: url("' + url + '") !important; background-size: 100% 100% !important;'
        + ' background-repeat: no-repeat !important; }', sheet.cssRules.length);
    } catch (e) { note('a canvas picture was rejected: ' + e.message); }
  }

  /**
   * rrweb's syncTargetWithState, with the player silent (it has no sound control; PostHog's player
   * mutes too). A looping position wraps once the duration is known; before it loads, the position
   * is kept as the element's start position. The loop property is not set: it would write the loop
   * attribute, which the mirror holds as recorded.
   */
  function syncMedia(key, position, rate, loop, volume, play) {
    var el = nodes.get(key);
    if (!el || typeof el.pause !== 'function') { return; }
    try {
      var duration = el.duration;
      el.muted = true;
      if (el.volume !== volume) { el.volume = volume; }
      if (el.playbackRate !== rate) { el.playbackRate = rate; }
      el.currentTime = loop && duration > 0 && isFinite(duration) ? position % duration : position;
      if (!play) {
        el.pause();
      } else {
        var started = el.play();
        if (started && typeof started.catch === 'function') { started.catch(function () {}); }
      }
    } catch (e) {
      note('a media element cannot follow the recording: ' + e.message);
    }
  }

  /**
   * An open dialog that rrweb marks modal (rr_open_mode) is shown with showModal, in the top layer
   * with its backdrop, as the Replayer does; the open attribute stays as recorded.
   */
  function syncDialog(el) {
    if (!el || el.localName !== 'dialog' || !el.isConnected || typeof el.showModal !== 'function') { return; }
    var open = el.hasAttribute('open');
    var modal = open && el.getAttribute('rr_open_mode') === 'modal';
    var isModal = false;
    try { isModal = el.matches(':modal'); } catch (e) { isModal = false; }
    if (modal === isModal) { return; }
    try {
      if (modal) {
        el.removeAttribute('open');
        el.showModal();
      } else {
        el.close();
        if (open) { el.setAttribute('open', ''); }
      }
    } catch (e) {
      note('a dialog cannot be shown as recorded: ' + e.message);
      if (open) { el.setAttribute('open', ''); }
    }
  }

  /** The recorded selection: its ranges in the top document, as far as their nodes and offsets exist. */
  function select(ranges) {
    var selection = document.getSelection ? document.getSelection() : null;
    if (!selection) { return; }
    selection.removeAllRanges();
    ranges.forEach(function (r) {
      var start = nodes.get(r[0]);
      var end = nodes.get(r[2]);
      if (!start || !end || start.ownerDocument !== document || end.ownerDocument !== document) { return; }
      try {
        var range = document.createRange();
        range.setStart(start, r[1]);
        range.setEnd(end, r[3]);
        selection.addRange(range);
      } catch (e) { note('a recorded selection does not fit the page: ' + e.message); }
    });
  }

  /** A document's or shadow root's adopted sheets, as constructed sheets of the page. */
  function adopt(key, cssTexts) {
    var node = nodes.get(key);
    var target = node && node.nodeType === 9 ? node : (node && node.shadowRoot);
    if (!target) { return; }
    // A constructed sheet may only be adopted in the document that made it: an iframe's needs its own window's.
    var view = (target.nodeType === 9 ? target : target.ownerDocument).defaultView;
    var Sheet = view && view.CSSStyleSheet;
    if (typeof Sheet !== 'function' || !('adoptedStyleSheets' in target)) { note('adopted style sheets are not supported'); return; }
    target.adoptedStyleSheets = cssTexts.map(function (css) {
      var sheet = new Sheet();
      try { sheet.replaceSync(localCss(css)); } catch (e) { note('an adopted sheet was rejected: ' + e.message); }
      return sheet;
    });
  }

  function setInput(el, value, checked) {
    if (value !== null && value !== undefined) { el.value = value; }
    if (checked !== null && checked !== undefined) { el.checked = checked; }
  }

  // ---- ops ----------------------------------------------------------------------------------
  function reset(t) {
    nodes.clear();
    keyOf = new WeakMap();
    hovered = [];
    var work = newWork();
    fillDocument(document, t, work);
    finish(work);
  }

  /** A shadow root the mirror attached after its host was rendered. */
  function lateShadowRoot(key) {
    if (typeof key !== 'string' || key.charAt(0) !== 's') { return null; }
    var host = nodes.get(Number(key.substring(1)));
    if (!host || !host.attachShadow) { return null; }
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    keep(key, root);
    return root;
  }

  function setText(node, data) {
    originalTexts.delete(node);
    node.data = data;
    localText(node.parentNode, node);
  }

  function insert(parentKey, beforeKey, t) {
    var parent = nodes.get(parentKey) || lateShadowRoot(parentKey);
    if (!parent) { throw new Error('insert into unknown node ' + parentKey); }
    var old = nodes.get(t[1]);
    if (old) { forgetKeys(old); }
    if (old && old.parentNode) { old.parentNode.removeChild(old); }
    var doc = parent.nodeType === 9 ? parent : parent.ownerDocument;
    var work = newWork();
    var node = build(doc, t, work);
    var before = beforeKey === null ? null : nodes.get(beforeKey);
    parent.insertBefore(node, before && before.parentNode === parent ? before : null);
    localText(parent, node);
    if (parent.nodeType === 9 && node.nodeType === 1) { injectRules(doc); }
    finish(work);
  }

  function attachFrame(key, t) {
    var frame = need(key);
    var work = newWork();
    work.frames.push([frame, t]);
    finish(work);
  }

  function remove(key) {
    var node = nodes.get(key);
    if (!node) { return; }
    forgetKeys(node);
    if (node.parentNode) { node.parentNode.removeChild(node); }
  }

  /** A kept node put in its new place after a seek (see Reconciler). */
  function move(parentKey, beforeKey, key) {
    var parent = need(parentKey);
    var node = need(key);
    var before = beforeKey === null ? null : nodes.get(beforeKey);
    parent.insertBefore(node, before && before.parentNode === parent ? before : null);
  }

  function scroll(key, left, top) {
    var node = nodes.get(key);
    if (!node) { return; }
    if (node.nodeType === 9) {
      if (node.defaultView) { node.defaultView.scrollTo(left, top); }
    } else {
      node.scrollLeft = left;
      node.scrollTop = top;
    }
  }

  /**
   * The hovered element and its ancestors carry the :hover class. Only the elements entering or
   * leaving the chain change: toggling it on body and html at every pointer move would restyle the
   * whole page where the recorded CSS has :hover rules.
   */
  function hover(key) {
    var chain = [];
    for (var el = nodes.get(key); el && el.nodeType === 1; el = el.parentElement) { chain.push(el); }
    var staying = new Set(chain);
    for (var i = 0; i < hovered.length; i++) {
      if (!staying.has(hovered[i])) { hovered[i].classList.remove(':hover'); }
    }
    // a class attribute set since the last move may have dropped it: added where missing, never toggled
    for (var j = 0; j < chain.length; j++) {
      if (!chain[j].classList.contains(':hover')) { chain[j].classList.add(':hover'); }
    }
    hovered = chain;
  }

  // ---- the DOM explorer: where a node is, and which node is at a point ---------------------
  /** Offset of a node's frame chain in the top page, so iframe content maps to top coordinates. */
  function frameOffset(doc) {
    var x = 0, y = 0;
    var view = doc.defaultView;
    while (view && view.frameElement) {
      var rect = view.frameElement.getBoundingClientRect();
      x += rect.left + view.frameElement.clientLeft;
      y += rect.top + view.frameElement.clientTop;
      view = view.frameElement.ownerDocument.defaultView;
    }
    return [x, y];
  }

  /** "x,y" of the frame holding a node, in top-page coordinates, or null for a node of the top page. */
  function frameOffsetOf(key) {
    var node = nodes.get(key);
    var doc = node ? (node.nodeType === 9 ? node : node.ownerDocument) : null;
    if (!doc || doc === document) { return null; }
    var offset = frameOffset(doc);
    return offset[0] + ',' + offset[1];
  }

  /** "x,y,width,height" of the node's box in top-page coordinates, or null when it has none. */
  function bounds(key) {
    var node = nodes.get(key);
    if (!node || !node.ownerDocument) { return null; }
    var rect;
    if (node.nodeType === 1) {
      rect = node.getBoundingClientRect();
    } else {
      var range = node.ownerDocument.createRange();
      range.selectNodeContents(node);
      rect = range.getBoundingClientRect();
    }
    var offset = frameOffset(node.ownerDocument);
    return (rect.left + offset[0]) + ',' + (rect.top + offset[1]) + ',' + rect.width + ',' + rect.height;
  }

  /** The mirror key of the innermost rendered element at (x, y) of the top page, descending into frames; or null. */
  function pick(x, y) {
    var doc = document;
    var found = null;
    for (var depth = 0; depth < 32 && doc; depth++) {
      var el = doc.elementFromPoint(x, y);
      if (!el) { break; }
      found = el;
      if (el.localName !== 'iframe' || !el.contentDocument) { break; }
      var rect = el.getBoundingClientRect();
      x -= rect.left + el.clientLeft;
      y -= rect.top + el.clientTop;
      doc = el.contentDocument;
    }
    var key = found ? keyOf.get(found) : undefined;
    return key === undefined || nodes.get(key) !== found ? null : String(key);
  }

  function setPaused(value) {
    paused = value;
    markPaused(document);
  }

  function applyOne(op) {
    switch (op[0]) {
      case 'ev': currentEvent = op[1]; break;
      case 'reset': reset(op[1]); break;
      case 'ins': insert(op[1], op[2], op[3]); break;
      case 'rm': remove(op[1]); break;
      case 'mv': move(op[1], op[2], op[3]); break;
      case 'frame': attachFrame(op[1], op[2]); break;
      case 'attr': setAttr(need(op[1]), op[2], op[3]); syncDialog(need(op[1])); break;
      case 'text': setText(need(op[1]), op[2]); break;
      case 'input': setInput(need(op[1]), op[2], op[3]); break;
      case 'sel': need(op[1]).selected = op[2]; break;
      case 'sheet': setSheet(need(op[1]), op[2]); break;
      case 'adopt': adopt(op[1], op[2]); break;
      case 'canvas': paintCanvas(op[1], op[2]); break;
      case 'media': syncMedia(op[1], op[2], op[3], op[4], op[5], op[6]); break;
      case 'select': select(op[1]); break;
      case 'scroll': scroll(op[1], op[2], op[3]); break;
      case 'hover': hover(op[1]); break;
      case 'paused': setPaused(op[1]); break;
      default: throw new Error('unknown op ' + op[0]);
    }
  }

  function need(key) {
    var node = nodes.get(key);
    if (!node) { throw new Error('unknown node ' + key); }
    return node;
  }

  /**
   * Applies every op of a frame, given as JSON text: read by JSON.parse, a frame (up to megabytes
   * after a seek) is data, never script source. Returns null, or the first failure as
   * "eventIndex\tmessage".
   */
  function applyJson(text) {
    var ops;
    try {
      ops = JSON.parse(text);
    } catch (e) {
      stats.failed++;
      return '-1\tops that are not JSON: ' + e.message;
    }
    return apply(ops);
  }

  function apply(ops) {
    var failure = null;
    for (var i = 0; i < ops.length; i++) {
      try {
        applyOne(ops[i]);
      } catch (e) {
        stats.failed++;
        if (failure === null) { failure = currentEvent + '\t' + ops[i][0] + ': ' + e.message; }
      }
    }
    if (paused) { markPaused(document); }
    return failure;
  }

  // ---- the dump (dom-dump.md), with the Replayer's own state left out -----------------------
  var DROPPED = { '__rrwebuntaintedmutationobserver': 1, 'data-rr-is-password': 1, 'data-phr-canvas': 1 };

  function tagOf(el) {
    return scripts.has(el) ? 'script' : el.localName.toLowerCase();
  }

  function injected(el) {
    var parent = el.parentNode;
    return el.localName === 'style' && el.namespaceURI === XHTML && el.attributes.length === 0
      && !el.firstChild && parent && parent.nodeType === 1 && parent.localName === 'html';
  }

  function classValue(value) {
    var tokens = value.split(/\s+/);
    if (tokens.indexOf(':hover') < 0 && tokens.indexOf('rrweb-paused') < 0) {
      return value.trim() === '' ? null : value;
    }
    var kept = tokens.filter(function (t) { return t !== '' && t !== ':hover' && t !== 'rrweb-paused'; });
    return kept.length ? kept.join(' ') : null;
  }

  function attrsOf(el, tag) {
    var saved = originals.get(el) || {};
    var out = {};
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      var name = a.name.indexOf(RENAMED) === 0 ? a.name.substring(RENAMED.length) : a.name;
      var value = Object.prototype.hasOwnProperty.call(saved, name) ? saved[name] : a.value;
      if (DROPPED[name] || name.indexOf('rr_') === 0) { continue; }
      if (name === 'autocomplete' && (tag === 'input' || tag === 'textarea')) { continue; }
      if (name === 'class') { value = classValue(value); if (value === null) { continue; } }
      out[name] = value;
    }
    var sorted = {};
    Object.keys(out).sort().forEach(function (k) { sorted[k] = out[k]; });
    return sorted;
  }

  function nsOf(el) {
    var ns = el.namespaceURI;
    if (ns === XHTML) { return null; }
    if (ns === SVG) { return 'svg'; }
    if (ns === MATHML) { return 'math'; }
    return ns;
  }

  function dumpChildren(parent) {
    var out = [];
    for (var c = parent.firstChild; c; c = c.nextSibling) {
      var d = dumpNode(c);
      if (d) { out.push(d); }
    }
    return out;
  }

  function dumpNode(n) {
    switch (n.nodeType) {
      case 9: return { type: 'document', children: dumpChildren(n) };
      case 10: return { type: 'doctype', name: n.name, publicId: n.publicId, systemId: n.systemId };
      case 3: return { type: 'text', text: originalTexts.has(n) ? originalTexts.get(n) : n.data };
      case 8: return { type: 'comment', text: n.data };
      case 4: return { type: 'cdata', text: n.data };
      case 1: return injected(n) ? null : dumpElement(n);
      default: return null;
    }
  }

  function dumpElement(el) {
    var tag = tagOf(el);
    var out = { type: 'element', tag: tag };
    var ns = nsOf(el);
    if (ns) { out.ns = ns; }
    out.attrs = attrsOf(el, tag);
    out.children = dumpChildren(el);
    if (el.shadowRoot) { out.shadowRoot = dumpChildren(el.shadowRoot); }
    if (tag === 'iframe' || tag === 'frame') { out.contentDocument = el.contentDocument ? dumpNode(el.contentDocument) : null; }
    return out;
  }

  function walk(parent, path, visit) {
    var counts = {};
    for (var c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1 || injected(c)) { continue; }
      var tag = tagOf(c);
      counts[tag] = (counts[tag] || 0) + 1;
      var p = path + '/' + tag + '[' + counts[tag] + ']';
      visit(c, tag, p);
      walk(c, p, visit);
      if (c.shadowRoot) { walk(c.shadowRoot, p + '/#shadow-root', visit); }
      if ((tag === 'iframe' || tag === 'frame') && c.contentDocument) { walk(c.contentDocument, p + '/#document', visit); }
    }
  }

  function inputOf(el, tag, path) {
    var out = { path: path, tag: tag };
    if (tag === 'input') { out.type = (el.getAttribute('type') || 'text').toLowerCase(); }
    if (el.hasAttribute('id')) { out.id = el.getAttribute('id'); }
    if (el.hasAttribute('name')) { out.name = el.getAttribute('name'); }
    out.value = el.value;
    if (tag === 'input' && (out.type === 'checkbox' || out.type === 'radio')) { out.checked = el.checked; }
    if (tag === 'select') {
      out.selectedIndex = el.selectedIndex;
      out.selected = [];
      for (var i = 0; i < el.options.length; i++) { if (el.options[i].selected) { out.selected.push(i); } }
    }
    return out;
  }

  function dump() {
    var inputs = [], elements = [], frames = [];
    walk(document, '', function (el, tag, path) {
      if (el.namespaceURI === XHTML && (tag === 'input' || tag === 'textarea' || tag === 'select')) { inputs.push(inputOf(el, tag, path)); }
      if (el.scrollTop || el.scrollLeft) { elements.push({ path: path, top: el.scrollTop, left: el.scrollLeft }); }
      if ((tag === 'iframe' || tag === 'frame') && el.contentWindow && (el.contentWindow.scrollX || el.contentWindow.scrollY)) {
        frames.push({ path: path, x: el.contentWindow.scrollX, y: el.contentWindow.scrollY });
      }
    });
    var win = document.defaultView;
    return JSON.stringify({ dom: dumpNode(document), scroll: { window: { x: win.scrollX, y: win.scrollY }, elements: elements, frames: frames }, inputs: inputs });
  }

  /** Reading a box makes WebKit resolve styles and lay the page out at once (see PageView.layOut). */
  function layOut() {
    var html = document.documentElement;
    return html ? html.offsetHeight : 0;
  }

  window.__phr = {
    bounds: bounds,
    layOut: layOut,
    frameOffsetOf: frameOffsetOf,
    pick: pick,
    applyJson: applyJson,
    dump: dump,
    failed: function () { return stats.failed; },
    unlockForControlTest: function () { locked = false; },
    setAssets: function (json) { setAssets(JSON.parse(json)); },
    neutralised: function () { return stats.neutralised; },
    notes: function () { return stats.unsupported.join('\n'); }
  };
})();
