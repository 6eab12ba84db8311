/* labourmap: the small map of an incident page — its province (and city) and its point. */
(function () {
  "use strict";
  var cfg = LM.config();
  var map = LM.chinaMap("small-map", { zoomControl: true, scrollWheelZoom: false });
  var name = cfg.city && cfg.city !== cfg.province ? "cities" : "provinces";
  var code = name === "cities" ? cfg.city : cfg.province;
  LM.loadBoundaries("provinces").then(function (gj) {
    L.geoJSON(gj, { style: { color: "#8a8a8a", weight: 0.8, fillColor: "#f4f2ee", fillOpacity: 0.6 }, interactive: false }).addTo(map);
    return LM.loadBoundaries(name);
  }).then(function (gj) {
    var mine = { type: "FeatureCollection", features: gj.features.filter(function (f) { return f.id === code; }) };
    var layer = L.geoJSON(mine, { style: { color: "#a63603", weight: 1.5, fillColor: "#fdae6b", fillOpacity: 0.6 }, interactive: false }).addTo(map);
    if (cfg.point) {
      L.circleMarker(cfg.point, { radius: 7, color: "#333", weight: 1, fillColor: "#a63603", fillOpacity: 1 }).addTo(map);
    }
    if (mine.features.length) { map.fitBounds(layer.getBounds(), { maxZoom: 8 }); }
    else if (cfg.point) { map.setView(cfg.point, 7); }
    document.body.setAttribute("data-ready", "1");
  }).catch(function () { document.body.setAttribute("data-ready", "1"); });
}());
