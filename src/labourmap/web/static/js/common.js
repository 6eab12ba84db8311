/* labourmap: helpers shared by the pages (no build step, no dependencies). */
(function () {
  "use strict";
  var LM = {};

  LM.config = function () {
    var el = document.getElementById("lm-config");
    return el ? JSON.parse(el.textContent) : {};
  };

  LM.t = function (messages, key, values) {
    var text = (messages && messages[key]) || key;
    Object.keys(values || {}).forEach(function (k) {
      text = text.split("{" + k + "}").join(String(values[k]));
    });
    return text;
  };

  LM.locale = function (lang) { return lang === "zh" ? "zh-CN" : "en-GB"; };

  LM.number = function (lang, n) {
    return new Intl.NumberFormat(LM.locale(lang)).format(n);
  };

  LM.date = function (lang, iso) {
    if (!iso) { return ""; }
    var parts = iso.split("-").map(Number);
    var d = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    return new Intl.DateTimeFormat(LM.locale(lang), {
      year: "numeric", month: "short", day: "numeric", timeZone: "UTC"
    }).format(d);
  };

  LM.getJSON = function (url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          var msg = (body.error && body.error.message) || res.statusText;
          throw new Error(msg);
        });
      }
      return res.json();
    });
  };

  LM.el = function (tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  };

  /* Categorical colours (Okabe–Ito, then Tableau), distinguishable for most readers. */
  LM.PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#4E79A7", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#FF9DA7"];
  LM.NONE_COLOUR = "#888888";
  /* Sequential shades for counts (light to dark). */
  LM.SHADES = ["#fff5eb", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603"];

  /* Breaks for n classes over positive values: rounded quantiles of the distinct values. */
  LM.breaks = function (values, n) {
    var vals = values.filter(function (v) { return v > 0; }).sort(function (a, b) { return a - b; });
    if (!vals.length) { return []; }
    var out = [];
    for (var i = 1; i < n; i++) {
      var v = vals[Math.min(vals.length - 1, Math.floor(i * vals.length / n))];
      if (out.indexOf(v) < 0) { out.push(v); }
    }
    return out;
  };
  LM.shade = function (value, breaks) {
    if (!value) { return null; }
    var i = 0;
    while (i < breaks.length && value >= breaks[i]) { i++; }
    return LM.SHADES[Math.min(LM.SHADES.length - 1, i + (breaks.length < 5 ? 1 : 0))];
  };

  LM.boundaries = {};
  LM.loadBoundaries = function (name) {
    if (!LM.boundaries[name]) {
      LM.boundaries[name] = LM.getJSON("/static/maps/" + name + ".geojson");
    }
    return LM.boundaries[name];
  };

  /* A Leaflet map of China with no tile layer: the boundaries are the base map. */
  LM.chinaMap = function (id, options) {
    var map = L.map(id, Object.assign({
      zoomSnap: 0.5, minZoom: 3, maxZoom: 13, attributionControl: true,
      maxBounds: [[0, 60], [60, 150]]
    }, options || {}));
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Boundaries: Apache ECharts 4.9.0");
    map.fitBounds([[18, 74], [53.5, 134.8]]);
    return map;
  };

  LM.escape = function (s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  };

  window.LM = LM;
}());
