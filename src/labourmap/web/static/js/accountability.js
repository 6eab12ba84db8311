/* labourmap: the Accountability Map — provinces (or cities) shaded by a rate that the public
   accountability API reports (/api/v1/accountability/regions?level=…). A region opens its
   scorecard (/api/v1/accountability/regions/{code}): its figures and the unions contacted
   there, each linking to its own scorecard (/unions/{uid}). The choice is kept in the URL. */
(function () {
  "use strict";
  var cfg = LM.config(), lang = cfg.lang;
  var L10N = JSON.parse(document.getElementById("acc-labels").textContent);
  var fmt = function (text, values) { return LM.t(null, text, values); };
  var RATES = ["aware_rate", "involved_rate", "took_up_rate", "participated_rate", "reach_rate"];
  /* Fixed classes for rates (so that two maps compare): 0–20 %, 20–40 % … 80–100 %. */
  var RATE_EDGES = [0.2, 0.4, 0.6, 0.8];
  var NONE = "#f4f2ee";
  var metricSel = document.getElementById("f-metric"), levelSel = document.getElementById("f-level");
  var params = new URLSearchParams(window.location.search);
  if (L10N.metrics[params.get("metric")]) { metricSel.value = params.get("metric"); }
  if (L10N.levels[params.get("level")]) { levelSel.value = params.get("level"); }
  var map = LM.chinaMap("map");
  var layer = null, rows = {}, breaks = [], pending = 0;

  function isRate() { return RATES.indexOf(metricSel.value) >= 0; }
  function valueOf(row) { return row ? row[metricSel.value] : null; }
  function show(v) {
    if (v === null || v === undefined) { return "—"; }
    return isRate() ? Math.round(v * 1000) / 10 + "%" : LM.number(lang, v);
  }
  /* Classes for counts: each distinct value when there are few, else rounded quantiles. */
  function countEdges(nums) {
    var distinct = nums.filter(function (v, i, all) { return v > 0 && all.indexOf(v) === i; })
      .sort(function (a, b) { return a - b; });
    if (distinct.length <= 5) { return distinct; }
    return [distinct[0]].concat(LM.breaks(nums, 5)).filter(function (v, i, all) { return all.indexOf(v) === i; });
  }
  function countShade(i) {
    return LM.SHADES[1 + Math.round(i * 4 / Math.max(1, breaks.length - 1))];
  }
  function colour(v) {
    if (v === null || v === undefined) { return null; }
    var edges = isRate() ? RATE_EDGES : breaks.slice(1), i = 0;
    while (i < edges.length && v >= edges[i]) { i++; }
    return isRate() ? LM.SHADES[i + 1] : countShade(i);
  }
  function pageURL(path, extra) {
    var q = new URLSearchParams(extra || {});
    q.set("lang", lang);
    return path + "?" + q.toString();
  }
  function keepState() {
    var q = new URLSearchParams(window.location.search);
    q.set("metric", metricSel.value);
    q.set("level", levelSel.value);
    window.history.replaceState(null, "", "?" + q.toString());
    ["en", "zh"].forEach(function (l) {  /* the language switch keeps the choice */
      var a = document.getElementById("lang-" + l);
      if (a) { q.set("lang", l); a.setAttribute("href", "?" + q.toString()); }
    });
  }
  function nameOf(row, feature) {
    if (row) { return lang === "zh" ? row.name_zh : row.name_en; }
    return feature ? (lang === "zh" ? feature.properties.name_zh : feature.properties.name_en) : "";
  }

  function renderScale() {
    var box = document.getElementById("scale");
    box.textContent = "";
    var keys = [];
    if (isRate()) {
      var edges = [0].concat(RATE_EDGES);
      edges.forEach(function (lo, i) {
        var hi = i + 1 < edges.length ? edges[i + 1] : 1;
        keys.push([LM.SHADES[i + 1], Math.round(lo * 100) + "–" + Math.round(hi * 100) + "%"]);
      });
    } else {
      breaks.forEach(function (lo, i) {
        var hi = i + 1 < breaks.length ? breaks[i + 1] - 1 : null;
        keys.push([countShade(i), hi === null ? "≥ " + LM.number(lang, lo) :
          (hi <= lo ? LM.number(lang, lo) : LM.number(lang, lo) + "–" + LM.number(lang, hi))]);
      });
    }
    keys.push([NONE, L10N.noData]);
    keys.forEach(function (k) {
      var item = LM.el("span", { "class": "key" });
      var sw = LM.el("span", { "class": "swatch" + (k[0] === NONE ? " none" : ""), "aria-hidden": "true" });
      sw.style.background = k[0];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(k[1]));
      box.appendChild(item);
    });
  }

  function renderTable() {
    document.getElementById("acc-metric-head").textContent = L10N.metrics[metricSel.value];
    var body = document.querySelector("#acc-regions tbody");
    body.textContent = "";
    var list = Object.keys(rows).map(function (k) { return rows[k]; });
    list.sort(function (a, b) { return b.cases - a.cases || (a.code < b.code ? -1 : 1); });
    list.forEach(function (r) {
      var tr = LM.el("tr", { "data-code": r.code });
      var td = LM.el("td");
      var a = LM.el("a", { href: pageURL("/accountability/regions/" + r.code), "data-code": r.code }, nameOf(r));
      a.addEventListener("click", function (ev) { ev.preventDefault(); openRegion(r.code); });
      td.appendChild(a);
      tr.appendChild(td);
      tr.appendChild(LM.el("td", { "class": "n" }, LM.number(lang, r.cases)));
      tr.appendChild(LM.el("td", { "class": "n" }, LM.number(lang, r.contacts)));
      tr.appendChild(LM.el("td", { "class": "n" }, show(valueOf(r))));
      body.appendChild(tr);
    });
  }

  function openRegion(code) {
    var box = document.getElementById("acc-region");
    return LM.getJSON("/api/v1/accountability/regions/" + code).then(function (res) {
      var card = res.scorecard, name = lang === "zh" ? res.region.name_zh : res.region.name_en;
      box.textContent = "";
      box.setAttribute("data-code", code);
      box.appendChild(LM.el("h2", {}, name));
      box.appendChild(LM.el("p", {}, L10N.casesHead + ": " + LM.number(lang, card.cases) + " · " +
        L10N.contactsHead + ": " + LM.number(lang, card.contacts)));
      var facts = LM.el("ul");
      [["aware_rate", card.aware], ["involved_rate", card.involved],
       ["took_up_rate", card.took_up_after_alert], ["participated_rate", card.aware_involved],
       ["reach_rate", card.reached]].forEach(function (f) {
        facts.appendChild(LM.el("li", {}, L10N.metrics[f[0]] + ": " + f[1].pct.toFixed(1) + "% (" + f[1].n + ")"));
      });
      box.appendChild(facts);
      box.appendChild(LM.el("h3", {}, L10N.unions));
      var ul = LM.el("ul", { "class": "acc-unions" });
      res.unions.forEach(function (u) {
        var li = LM.el("li");
        li.appendChild(u.uid ? LM.el("a", { href: pageURL("/unions/" + u.uid) }, u.name_zh) :
          document.createTextNode(u.name_zh));
        li.appendChild(document.createTextNode(" · " + (L10N.level[u.level] || u.level) + " · " +
          L10N.casesHead + ": " + LM.number(lang, u.cases)));
        ul.appendChild(li);
      });
      box.appendChild(ul);
      var more = LM.el("p");
      more.appendChild(LM.el("a", { href: pageURL("/accountability/regions/" + code), id: "acc-scorecard-link" },
        fmt(L10N.scorecard, { name: name })));
      box.appendChild(more);
    }).catch(function (err) { box.textContent = fmt(L10N.loadError, { error: err.message }); });
  }

  function draw() {
    var lvl = levelSel.value, mine = ++pending;
    keepState();
    document.body.removeAttribute("data-ready");
    Promise.all([LM.getJSON(cfg.api + "?level=" + lvl), LM.loadBoundaries(lvl === "city" ? "cities" : "provinces")])
      .then(function (got) {
        if (mine !== pending) { return; }
        rows = {};
        got[0].items.forEach(function (r) { rows[r.code] = r; });
        var nums = got[0].items.map(function (r) { return r[metricSel.value]; }).filter(function (v) { return typeof v === "number"; });
        breaks = isRate() ? [] : countEdges(nums);
        if (layer) { map.removeLayer(layer); }
        layer = L.geoJSON(got[1], {
          style: function (f) {
            var fill = colour(valueOf(rows[f.id]));
            return { color: "#6b6b6b", weight: lvl === "city" ? 0.6 : 1, fillOpacity: fill ? 0.85 : 0.5,
              fillColor: fill || NONE, className: "region region-" + f.id };
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(function () {
              var r = rows[f.id];
              return LM.escape(nameOf(r, f)) + ": " + (r ? LM.escape(show(valueOf(r))) + " · " +
                LM.escape(L10N.casesHead) + " " + LM.number(lang, r.cases) : LM.escape(L10N.noData));
            }, { sticky: true });
            if (rows[f.id]) { l.on("click", function () { openRegion(f.id); }); }
          }
        }).addTo(map);
        renderScale();
        renderTable();
        document.body.setAttribute("data-ready", "1");
      }).catch(function (err) {
        document.getElementById("map-note").textContent = fmt(L10N.loadError, { error: err.message });
      });
  }

  metricSel.addEventListener("change", draw);
  levelSel.addEventListener("change", draw);
  draw();
}());
