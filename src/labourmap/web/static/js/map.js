/* labourmap: a map page — filters held in the URL, a shaded map with clustered points, the
   list, the charts and the download links, all read from the public JSON API. */
(function () {
  "use strict";
  var cfg = LM.config();
  var lang = cfg.lang, M = cfg.messages, labels = cfg.labels;
  var form = document.getElementById("filters");
  var MULTI = ["industry", "demands", "forms", "ownership", "participants", "responses"];
  var CITY_ZOOM = 6;
  var current = { page: cfg.page, color: cfg.color, stats: null };
  var t = function (key, values) { return LM.t(M, key, values); };

  /* ---- filter state <-> form <-> URL -------------------------------------------------- */
  function filters() {
    var out = [];
    ["date_from", "date_to"].forEach(function (name) {
      out.push([name, form.elements[name].value]);
    });
    ["province", "city"].forEach(function (name) {
      var v = form.elements[name].value;
      if (v) { out.push([name, v]); }
    });
    MULTI.forEach(function (name) {
      var boxes = form.querySelectorAll("input[name='" + name + "']:checked");
      var vals = Array.prototype.map.call(boxes, function (b) { return b.value; });
      if (vals.length) { out.push([name, vals.join(",")]); }
    });
    var q = form.elements.q.value.trim();
    if (q) { out.push(["q", q]); }
    return out;
  }
  function apiQuery() {
    var p = new URLSearchParams([["kind", cfg.kind]]);
    filters().forEach(function (kv) { if (kv[1]) { p.append(kv[0], kv[1]); } });
    return p.toString();
  }
  function pageQuery(extra) {
    var p = new URLSearchParams(filters());
    if (current.color !== "industry") { p.set("color", current.color); }
    if (current.page > 1) { p.set("page", current.page); }
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }
  function syncLinks() {
    history.replaceState(null, "", location.pathname + "?" + pageQuery({ lang: lang }));
    document.getElementById("lang-en").href = location.pathname + "?" + pageQuery({ lang: "en" });
    document.getElementById("lang-zh").href = location.pathname + "?" + pageQuery({ lang: "zh" });
    var q = apiQuery();
    document.querySelectorAll(".downloads a[data-format]").forEach(function (a) {
      var fmt = a.getAttribute("data-format");
      a.href = "/api/v1/incidents." + fmt + "?" + q + (fmt === "atom" ? "&lang=" + lang : "");
    });
    document.getElementById("feed-link").href = "/api/v1/incidents.atom?" + q + "&lang=" + lang;
  }

  /* ---- the list -------------------------------------------------------------------------- */
  function placeName(item) {
    var p = item.places[item.places.length - 1];
    return p ? (lang === "zh" ? p.name_zh : p.name_en) : "";
  }
  function title(item) {
    return (lang === "zh" ? item.title_zh || item.title_en : item.title_en || item.title_zh) || item.uid;
  }
  function countText(n) { return n === 1 ? t("1 incident") : t("{n} incidents", { n: LM.number(lang, n) }); }
  function renderList(page) {
    var list = document.getElementById("incident-list");
    list.textContent = "";
    page.items.forEach(function (item) {
      var li = LM.el("li", { "class": "incident" });
      li.appendChild(LM.el("a", { href: "/incidents/" + encodeURIComponent(item.uid) + "?lang=" + lang }, title(item)));
      var meta = LM.el("div", { "class": "meta" });
      meta.appendChild(LM.el("time", { datetime: item.date || "" }, LM.date(lang, item.date)));
      var rest = [placeName(item), item.industry ? labels.industry[item.industry] : ""].filter(Boolean);
      if (rest.length) { meta.appendChild(document.createTextNode(" · " + rest.join(" · "))); }
      li.appendChild(meta);
      list.appendChild(li);
    });
    var empty = document.getElementById("list-empty");
    if (empty) { empty.remove(); }
    if (!page.items.length) {
      list.insertAdjacentElement("afterend", LM.el("p", { id: "list-empty", "class": "muted" }, t("No incidents match these filters.")));
    }
    document.getElementById("result-count").textContent = countText(page.total);
    var pages = Math.max(1, Math.ceil(page.total / page.size));
    var pager = document.getElementById("pager");
    pager.textContent = "";
    if (page.page > 1) { pager.appendChild(pagerButton(t("Previous"), page.page - 1, "prev")); }
    pager.appendChild(LM.el("span", {}, t("Page {page} of {pages}", { page: LM.number(lang, page.page), pages: LM.number(lang, pages) })));
    if (page.page < pages) { pager.appendChild(pagerButton(t("Next"), page.page + 1, "next")); }
  }
  function pagerButton(text, page, rel) {
    var b = LM.el("button", { type: "button", "data-page": page, "class": "link", "data-rel": rel }, text);
    b.addEventListener("click", function () {
      current.page = page;
      syncLinks();
      loadList().then(function () { document.getElementById("list-title").scrollIntoView(); });
    });
    return b;
  }
  function loadList() {
    return LM.getJSON("/api/v1/incidents?" + apiQuery() + "&page=" + current.page + "&size=" + cfg.size)
      .then(renderList).catch(showError);
  }
  function showError(err) {
    document.getElementById("map-note").textContent = t("Could not load the data: {error}", { error: err.message });
  }

  /* ---- the map --------------------------------------------------------------------------- */
  var map = LM.chinaMap("map");
  LM.currentMap = map;
  var layers = { province: null, city: null };
  var counts = { province: {}, city: {} };
  var breaks = { province: [], city: [] };
  var clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50,
    iconCreateFunction: clusterIcon });
  map.addLayer(clusters);
  function level() { return map.getZoom() >= CITY_ZOOM ? "city" : "province"; }
  function regionStyle(lvl) {
    return function (feature) {
      var n = counts[lvl][feature.id] || 0;
      return { color: "#6b6b6b", weight: lvl === "province" ? 1 : 0.6, fillOpacity: n ? 0.85 : 0.5,
        fillColor: LM.shade(n, breaks[lvl]) || "#f4f2ee", className: "region region-" + feature.id };
    };
  }
  function regionName(feature) { return lang === "zh" ? feature.properties.name_zh : feature.properties.name_en; }
  function makeLayer(lvl, geojson) {
    return L.geoJSON(geojson, {
      style: regionStyle(lvl),
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(function () {
          return LM.escape(regionName(feature)) + ": " + LM.number(lang, counts[lvl][feature.id] || 0);
        }, { sticky: true });
        layer.on("click", function () { chooseRegion(lvl, feature, layer); });
      }
    });
  }
  function chooseRegion(lvl, feature, layer) {
    var code = feature.id;
    if (lvl === "province" && form.elements.province.querySelector("option[value='" + code + "']")) {
      form.elements.province.value = code;
      loadCities(code).then(function () { refresh(); });
      map.fitBounds(layer.getBounds());
    } else if (lvl === "city") {
      map.fitBounds(layer.getBounds());
    }
  }
  function showLayer() {
    var lvl = level();
    var other = lvl === "city" ? "province" : "city";
    if (layers[other] && map.hasLayer(layers[other])) { map.removeLayer(layers[other]); }
    var name = lvl === "city" ? "cities" : "provinces";
    return LM.loadBoundaries(name).then(function (gj) {
      if (!layers[lvl]) { layers[lvl] = makeLayer(lvl, gj); }
      if (level() === lvl && !map.hasLayer(layers[lvl])) { layers[lvl].addTo(map); layers[lvl].bringToBack(); }
      layers[lvl].setStyle(regionStyle(lvl));
    });
  }
  function loadRegions() {
    var lvl = level();
    return LM.getJSON("/api/v1/map/regions?" + apiQuery() + "&level=" + lvl).then(function (res) {
      counts[lvl] = {};
      res.items.forEach(function (r) { counts[lvl][r.code] = r.count; });
      breaks[lvl] = LM.breaks(res.items.map(function (r) { return r.count; }), 6);
      renderScale(lvl);
      return showLayer();
    }).catch(showError);
  }
  function renderScale(lvl) {
    var box = document.getElementById("scale");
    box.textContent = "";
    var b = breaks[lvl];
    var edges = [1].concat(b);
    edges.forEach(function (lo, i) {
      var hi = i + 1 < edges.length ? edges[i + 1] - 1 : null;
      var item = LM.el("span", { "class": "key" });
      var sw = LM.el("span", { "class": "swatch", "aria-hidden": "true" });
      sw.style.background = LM.shade(lo, b);
      item.appendChild(sw);
      item.appendChild(document.createTextNode(hi === null ? "≥ " + LM.number(lang, lo) :
        (hi <= lo ? LM.number(lang, lo) : LM.number(lang, lo) + "–" + LM.number(lang, hi))));
      box.appendChild(item);
    });
  }

  var pointsAbort = null;
  function colourOf(props) {
    var v = current.color === "demands" ? props.demands[0] : props[current.color];
    var i = cfg.order[current.color].indexOf(v);
    return i < 0 ? LM.NONE_COLOUR : LM.PALETTE[i % LM.PALETTE.length];
  }
  /* A cluster is a ring cut in the colours of its incidents, in proportion, with their
     number inside; its name says how many incidents it holds (the marker is a button). */
  function clusterIcon(cluster) {
    var tally = {}, colours = [];
    var n = cluster.getChildCount();
    cluster.getAllChildMarkers().forEach(function (m) {
      var c = m.options.fillColor;
      if (!tally[c]) { tally[c] = 0; colours.push(c); }
      tally[c] += 1;
    });
    colours.sort(function (a, b) { return tally[b] - tally[a] || (a < b ? -1 : 1); });
    var size = n < 10 ? 34 : n < 100 ? 40 : n < 1000 ? 46 : 52;
    var mid = size / 2, r = mid - 5, circ = 2 * Math.PI * r, done = 0;
    var ring = colours.map(function (c) {
      var len = tally[c] / n * circ;
      var arc = '<circle cx="' + mid + '" cy="' + mid + '" r="' + r + '" fill="none" stroke="' + c +
        '" stroke-width="9" stroke-dasharray="' + len.toFixed(2) + " " + (circ - len).toFixed(2) +
        '" stroke-dashoffset="' + (-done).toFixed(2) + '"/>';
      done += len;
      return arc;
    }).join("");
    var label = countText(n);
    var svg = '<svg role="img" aria-label="' + LM.escape(label) + '" width="' + size + '" height="' + size +
      '" viewBox="0 0 ' + size + " " + size + '" data-colours="' + colours.join(" ") + '">' +
      '<title>' + LM.escape(label) + "</title>" +
      '<circle cx="' + mid + '" cy="' + mid + '" r="' + (r + 4.5) + '" fill="#fff" stroke="#333" stroke-width="1"/>' +
      '<g transform="rotate(-90 ' + mid + " " + mid + ')">' + ring + "</g>" +
      '<text x="' + mid + '" y="' + mid + '" dy="0.35em" text-anchor="middle">' + LM.escape(LM.number(lang, n)) + "</text></svg>";
    return L.divIcon({ html: svg, className: "lm-cluster", iconSize: L.point(size, size) });
  }
  function recolour() {
    clusters.eachLayer(function (m) { m.setStyle({ fillColor: colourOf(m.feature.properties) }); });
    clusters.refreshClusters();
  }
  function renderLegend() {
    var box = document.getElementById("legend");
    box.textContent = "";
    box.appendChild(LM.el("strong", {}, cfg.fieldLabels[current.color] + ": "));
    cfg.order[current.color].forEach(function (code, i) {
      var item = LM.el("span", { "class": "key" });
      var sw = LM.el("span", { "class": "dot", "aria-hidden": "true" });
      sw.style.background = LM.PALETTE[i % LM.PALETTE.length];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(labels[current.color][code]));
      box.appendChild(item);
    });
    var none = LM.el("span", { "class": "key" });
    var sw = LM.el("span", { "class": "dot", "aria-hidden": "true" });
    sw.style.background = LM.NONE_COLOUR;
    none.appendChild(sw);
    none.appendChild(document.createTextNode(t("Not coded")));
    box.appendChild(none);
    box.appendChild(LM.el("span", { "class": "muted" }, t("Rings: the mix of a cluster's incidents.")));
  }
  function loadPoints() {
    var note = document.getElementById("map-note");
    if (map.getZoom() < CITY_ZOOM) {
      clusters.clearLayers();
      note.textContent = t("Zoom in to see incidents as points.");
      return Promise.resolve();
    }
    if (pointsAbort) { pointsAbort.abort(); }
    pointsAbort = new AbortController();
    var b = map.getBounds();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v, i) {
      var lim = i % 2 ? 90 : 180;
      return Math.max(-lim, Math.min(lim, v)).toFixed(4);
    }).join(",");
    return fetch("/api/v1/map/points?" + apiQuery() + "&bbox=" + bbox + "&limit=3000", { signal: pointsAbort.signal })
      .then(function (res) { return res.json(); })
      .then(function (fc) {
        clusters.clearLayers();
        var markers = fc.features.map(function (f) {
          var c = f.geometry.coordinates;
          var m = L.circleMarker([c[1], c[0]], { radius: 6, weight: 1, color: "#333", fillOpacity: 0.9, fillColor: colourOf(f.properties) });
          m.feature = f;
          var p = f.properties;
          m.bindPopup('<a href="/incidents/' + encodeURIComponent(p.uid) + "?lang=" + lang + '">' +
            LM.escape(title(p)) + "</a><br>" + LM.escape(LM.date(lang, p.date)));
          return m;
        });
        clusters.addLayers(markers);
        note.textContent = fc.truncated ? t("{shown} of {total} incidents shown as points; zoom in or narrow the filters for more.",
          { shown: LM.number(lang, fc.features.length), total: LM.number(lang, fc.total) }) : "";
      })
      .catch(function (err) { if (err.name !== "AbortError") { showError(err); } });
  }
  var lastLevel = level();
  var moveTimer = null;
  map.on("moveend", function () {
    clearTimeout(moveTimer);
    moveTimer = setTimeout(function () {
      if (level() !== lastLevel) { lastLevel = level(); loadRegions(); }
      loadPoints();
    }, 200);
  });

  /* ---- charts ---------------------------------------------------------------------------- */
  var charts = {};
  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    }
    return charts[id];
  }
  function measure() { return form.ownerDocument.querySelector("input[name='measure']:checked").value; }
  function period() { return form.ownerDocument.querySelector("input[name='period']:checked").value; }
  function value(n, total) { return measure() === "percent" ? (total ? Math.round(n * 1000 / total) / 10 : 0) : n; }
  function axisName() { return measure() === "percent" ? t("Share (%)") : t("Count"); }
  function fillMonths(rows) {
    if (!rows.length) { return rows; }
    var have = {};
    rows.forEach(function (r) { have[r.key] = r.count; });
    var out = [], y = +rows[0].key.slice(0, 4), m = +rows[0].key.slice(5, 7);
    var last = rows[rows.length - 1].key;
    for (var guard = 0; guard < 1200; guard++) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push({ key: key, count: have[key] || 0 });
      if (key === last) { break; }
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }
  function timeChart(stats) {
    var rows = period() === "year" ? stats.by_year : fillMonths(stats.by_month);
    chart("chart-time").setOption({
      aria: { enabled: true },
      title: { text: period() === "year" ? t("Incidents per year") : t("Incidents per month"), textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" }, grid: { left: 50, right: 16, bottom: 40, top: 40 },
      xAxis: { type: "category", data: rows.map(function (r) { return r.key; }) },
      yAxis: { type: "value", name: axisName() },
      series: [{ type: "bar", data: rows.map(function (r) { return value(r.count, stats.total); }), itemStyle: { color: "#a63603" } }]
    }, true);
  }
  function shareChart(id, heading, rows, labelOf, total) {
    rows = rows.slice(0, 12).reverse();
    chart(id).setOption({
      aria: { enabled: true },
      title: { text: heading, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 24, bottom: 36, top: 36, containLabel: true },
      xAxis: { type: "value", name: axisName(), nameLocation: "middle", nameGap: 26 },
      yAxis: { type: "category", data: rows.map(function (r) { return labelOf(r.key); }) },
      series: [{ type: "bar", data: rows.map(function (r) { return value(r.count, total); }), itemStyle: { color: "#0072B2" } }]
    }, true);
  }
  function drawCharts() {
    var s = current.stats;
    if (!s) { return; }
    var code = function (field) { return function (k) { return k ? (labels[field][k] || k) : t("Not coded"); }; };
    timeChart(s);
    shareChart("chart-industry", cfg.fieldLabels.industry, s.by_industry, code("industry"), s.total);
    shareChart("chart-demands", cfg.fieldLabels.demands, s.by_demands, code("demands"), s.total);
    shareChart("chart-ownership", cfg.fieldLabels.ownership, s.by_ownership, code("ownership"), s.total);
    shareChart("chart-province", t("Province"), s.by_province, function (k) {
      return k ? (cfg.provinceNames[k] || k) : t("Not coded");
    }, s.total);
  }
  function loadStats() {
    return LM.getJSON("/api/v1/stats?" + apiQuery()).then(function (s) { current.stats = s; drawCharts(); }).catch(showError);
  }
  document.querySelectorAll("input[name='measure'], input[name='period']").forEach(function (r) {
    r.addEventListener("change", function (ev) { ev.stopPropagation(); drawCharts(); });
  });
  window.addEventListener("resize", function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });

  /* ---- province then city ---------------------------------------------------------------- */
  function loadCities(province) {
    var select = form.elements.city;
    select.textContent = "";
    select.appendChild(LM.el("option", { value: "" }, t("All cities")));
    if (!province) { select.disabled = true; return Promise.resolve(); }
    return LM.getJSON("/api/v1/divisions?province=" + province).then(function (res) {
      res.items.forEach(function (c) {
        select.appendChild(LM.el("option", { value: c.code }, lang === "zh" ? c.name_zh : c.name_en));
      });
      select.disabled = false;
    }).catch(showError);
  }

  /* ---- wiring ---------------------------------------------------------------------------- */
  function refresh() {
    current.page = 1;
    syncLinks();
    document.body.setAttribute("data-ready", "0");
    return Promise.all([loadList(), loadRegions(), loadStats(), loadPoints()]).then(function () {
      document.body.setAttribute("data-ready", "1");
    });
  }
  form.addEventListener("change", function (ev) {
    var name = ev.target.name;
    if (name === "measure" || name === "period") { return; }
    if (name === "province") {
      loadCities(ev.target.value).then(refresh);
      return;
    }
    if (name === "q") { return; }
    refresh();
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); refresh(); });
  document.getElementById("f-color").addEventListener("change", function (ev) {
    current.color = ev.target.value; syncLinks(); renderLegend(); recolour();
  });
  form.elements.q.addEventListener("search", function () { refresh(); });

  renderLegend();
  syncLinks();
  Promise.all([loadRegions(), loadStats(), loadPoints()]).then(function () {
    document.body.setAttribute("data-ready", "1");
  });
}());
