/* labourmap: the union accountability map — provinces shaded by a rate that the accountability
   API reports (/api/v1/accountability/regions?level=province). */
(function () {
  "use strict";
  var cfg = LM.config(), lang = cfg.lang;
  var t = function (k, v) { return LM.t(cfg.messages, k, v); };
  var map = LM.chinaMap("map");
  var select = document.getElementById("f-metric");
  var rows = [], layer = null;
  var CODE_KEYS = ["code", "region", "province", "division_code", "key"];
  function codeOf(row) {
    for (var i = 0; i < CODE_KEYS.length; i++) { if (row[CODE_KEYS[i]]) { return String(row[CODE_KEYS[i]]); } }
    return null;
  }
  function metrics(sample) {
    return Object.keys(sample || {}).filter(function (k) { return typeof sample[k] === "number" && k !== "code"; });
  }
  function values() {
    var out = {}, metric = select.value;
    rows.forEach(function (r) { var c = codeOf(r); if (c && typeof r[metric] === "number") { out[c] = r[metric]; } });
    return out;
  }
  function draw() {
    var vals = values();
    var nums = Object.keys(vals).map(function (k) { return vals[k]; });
    var isRate = nums.every(function (v) { return v >= 0 && v <= 1; });
    var fmt = function (v) { return isRate ? Math.round(v * 100) + "%" : LM.number(lang, v); };
    var breaks = LM.breaks(nums.map(function (v) { return isRate ? v * 100 + 1 : v; }), 6);
    var shadeOf = function (v) { return v == null ? null : LM.shade(isRate ? v * 100 + 1 : v, breaks); };
    LM.loadBoundaries("provinces").then(function (gj) {
      if (layer) { map.removeLayer(layer); }
      layer = L.geoJSON(gj, {
        style: function (f) {
          return { color: "#6b6b6b", weight: 1, fillOpacity: 0.85, fillColor: shadeOf(vals[f.id]) || "#f4f2ee" };
        },
        onEachFeature: function (f, l) {
          var name = lang === "zh" ? f.properties.name_zh : f.properties.name_en;
          l.bindTooltip(LM.escape(name) + ": " + (vals[f.id] == null ? t("No data") : fmt(vals[f.id])), { sticky: true });
        }
      }).addTo(map);
      document.body.setAttribute("data-ready", "1");
    });
  }
  LM.getJSON(cfg.api + "?level=province").then(function (res) {
    rows = Array.isArray(res) ? res : (res.items || res.regions || []);
    metrics(rows[0]).forEach(function (m) { select.appendChild(LM.el("option", { value: m }, m.replace(/_/g, " "))); });
    select.addEventListener("change", draw);
    draw();
  }).catch(function (err) {
    document.getElementById("map-note").textContent = t("Could not load the data: {error}", { error: err.message });
  });
}());
