// CIT dashboard: draws the monthly time series (uPlot) and the world map
// (d3-geo + topojson) from the figures the server embedded in the page.
// Everything else on the page works without JavaScript.
(function () {
  "use strict";
  var el = document.getElementById("cit-data");
  if (!el) return;
  var data = JSON.parse(el.textContent);

  function drawSeries() {
    var box = document.getElementById("timeseries");
    if (!box || typeof uPlot === "undefined") return;
    var pts = data.monthly || [];
    var xs = pts.map(function (p) { return Date.parse(p.key + "T00:00:00Z") / 1000; });
    var ys = pts.map(function (p) { return p.incidents; });
    var width = Math.max(300, box.clientWidth || 600);
    new uPlot({
      width: width, height: 260,
      scales: { x: { time: true } },
      series: [{}, { label: "Incidents", stroke: "#1a4f8b", fill: "rgba(26,79,139,0.15)", width: 2 }],
      axes: [{ stroke: "#222" }, { stroke: "#222" }],
      legend: { show: true }
    }, [xs, ys], box);
    box.setAttribute("data-rendered", "true");
  }

  function drawMap() {
    var box = document.getElementById("map");
    if (!box || typeof d3 === "undefined" || typeof topojson === "undefined") return;
    fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (world) {
      var counts = data.countries || {}, names = data.names || {};
      var max = 0;
      Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k]); });
      var features = topojson.feature(world, world.objects.countries).features;
      var width = 960, height = 480;
      var projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
      var path = d3.geoPath(projection);
      var ns = "http://www.w3.org/2000/svg";
      var svg = document.createElementNS(ns, "svg");
      svg.setAttribute("viewBox", "0 0 " + width + " " + height);
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-labelledby", "map-title");
      var title = document.createElementNS(ns, "title");
      title.id = "map-title";
      title.textContent = "World map shaded by number of incidents per country";
      svg.appendChild(title);
      var sphere = document.createElementNS(ns, "path");
      sphere.setAttribute("d", path({ type: "Sphere" }));
      sphere.setAttribute("class", "sphere");
      svg.appendChild(sphere);
      features.forEach(function (f) {
        var id = f.id ? String(parseInt(f.id, 10)) : "";
        var n = counts[id] || 0;
        var p = document.createElementNS(ns, "path");
        p.setAttribute("d", path(f));
        p.setAttribute("class", n ? "country hit" : "country");
        if (n) {
          // log scale from light to dark blue
          var t = (Math.log(n) + 1) / (Math.log(max) + 1);
          var light = Math.round(88 - t * 58);
          p.style.fill = "hsl(212, 65%, " + light + "%)";
          p.setAttribute("data-count", n);
        }
        var tt = document.createElementNS(ns, "title");
        tt.textContent = (names[id] || (f.properties && f.properties.name) || "") + ": " + n + " incident" + (n === 1 ? "" : "s");
        p.appendChild(tt);
        svg.appendChild(p);
      });
      box.innerHTML = "";
      box.appendChild(svg);
      box.setAttribute("data-rendered", "true");
    }).catch(function (e) {
      box.setAttribute("data-error", String(e));
    });
  }

  drawSeries();
  drawMap();
})();
