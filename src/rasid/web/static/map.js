// The places map: vendored Leaflet + world-atlas boundaries, no tile server, no network.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L || !window.topojson) return;
  var places = [];
  try { places = JSON.parse(document.getElementById("map-data").textContent) || []; } catch (e) { places = []; }

  var map = L.map(el, { worldCopyJump: true, attributionControl: false, minZoom: 2, maxZoom: 9 });
  map.setView([15, 5], 4); // the Sahel
  var maxDocs = places.reduce(function (m, p) { return Math.max(m, p.documents || 1); }, 1);

  function radius(p) { return 5 + 12 * Math.sqrt((p.documents || 1) / maxDocs); }

  function tooltip(p) {
    var box = document.createElement("div");
    var name = document.createElement("strong");
    name.textContent = p.name;
    name.setAttribute("dir", "auto");
    box.appendChild(name);
    box.appendChild(document.createElement("br"));
    box.appendChild(document.createTextNode(p.label + " · " + p.documents + " docs"));
    return box;
  }

  function addMarker(p, latlng) {
    var marker = L.circleMarker(latlng, {
      radius: radius(p), color: "#7c2d12", weight: 1.5, fillColor: "#ea580c", fillOpacity: 0.75,
      className: "place-marker"
    });
    marker.bindTooltip(tooltip(p), { direction: "top" });
    marker.on("click", function () { window.location.href = "/entity/" + encodeURIComponent(p.key); });
    marker.addTo(map);
  }

  fetch(el.getAttribute("data-boundaries"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      var byIso = {};
      countries.features.forEach(function (f) { byIso[String(f.id)] = f; });
      var mentioned = {};
      places.forEach(function (p) { if (p.iso_numeric) mentioned[p.iso_numeric] = true; });
      L.geoJSON(countries, {
        style: function (f) {
          var hot = mentioned[String(f.id)];
          return { color: "#94a3b8", weight: 0.7, fillColor: hot ? "#fde68a" : "#f8fafc", fillOpacity: 1, className: "country" };
        }
      }).addTo(map);
      places.forEach(function (p) {
        if (p.lat !== undefined && p.lat !== null) {
          addMarker(p, [p.lat, p.lon]);
        } else if (p.iso_numeric && byIso[p.iso_numeric]) {
          // Countries: the centre of their largest polygon (so France is not placed in the Atlantic).
          var layer = L.geoJSON(byIso[p.iso_numeric]);
          var best = null, bestArea = -1;
          layer.eachLayer(function (l) {
            var rings = l.getLatLngs();
            (Array.isArray(rings[0][0]) ? rings : [rings]).forEach(function (poly) {
              var b = L.latLngBounds(poly[0] || poly);
              var area = (b.getNorth() - b.getSouth()) * (b.getEast() - b.getWest());
              if (area > bestArea) { bestArea = area; best = b; }
            });
          });
          if (best) addMarker(p, best.getCenter());
        }
      });
      el.setAttribute("data-ready", "1");
    })
    .catch(function () { el.setAttribute("data-ready", "error"); });
})();
