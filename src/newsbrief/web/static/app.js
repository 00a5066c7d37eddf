// newsbrief web app: draws the actor timeline (Chart.js, vendored) and lets a drag
// across it zoom in. The data is in a <script type="application/json"> block: no
// inline script, no eval (CSP).
(function () {
  "use strict";
  var COLORS = {
    AGREE: "#2f8f4e", CONSULT: "#5fae73", SUPPORT: "#8cc79a", COOPERATE: "#3b7dd8",
    AID: "#6aa2e8", CONCEDE: "#9cc3f0", RETREAT: "#b3b3d9", REQUEST: "#c7b16b",
    ACCUSE: "#e39b4b", REJECT: "#d9822b", THREATEN: "#d0603a", PROTEST: "#c9a0dc",
    SANCTION: "#a04b8f", MOBILIZE: "#8a6d5a", COERCE: "#b5453a", ASSAULT: "#7d1f18"
  };
  function draw() {
    var holder = document.getElementById("timeline-data");
    var canvas = document.getElementById("timeline");
    if (!holder || !canvas || typeof Chart === "undefined") { return; }
    var data = JSON.parse(holder.textContent);
    var datasets = Object.keys(data.series).map(function (type) {
      return { type: "bar", label: type, data: data.series[type], stack: "events",
               backgroundColor: COLORS[type] || "#999", yAxisID: "y" };
    });
    datasets.push({ type: "line", label: "balance (mean Goldstein)", data: data.balance,
                    borderColor: "#1d2330", backgroundColor: "#1d2330", borderWidth: 2,
                    // Straight segments: a smoothed curve (tension) overshoots the
                    // bucket means next to a jump, drawing a balance no bucket has.
                    pointRadius: 2, spanGaps: true, yAxisID: "y2", tension: 0 });
    var chart = new Chart(canvas, {
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 10, font: { size: 11 } } } },
        scales: {
          x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true, font: { size: 11 } } },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" },
               ticks: { precision: 0 } },
          y2: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false },
                title: { display: true, text: "balance" } }
        }
      }
    });
    zoomable(chart, canvas, data);
  }
  // Drag to zoom (as on GDELT's timelines): press on the chart, drag across some
  // bars, let go: the page reloads for the dates under the selection (since/until
  // of the first and last bucket), keeping the step and every other filter.
  function zoomable(chart, canvas, data) {
    var sel = document.getElementById("zoom-sel");
    if (!sel || !data.labels.length) { return; }
    var start = null;
    function x(ev) { return ev.clientX - canvas.getBoundingClientRect().left; }
    function clamp(v) {
      var area = chart.chartArea;
      return Math.max(area.left, Math.min(area.right, v));
    }
    function show(a, b) {
      var area = chart.chartArea, left = Math.min(a, b), width = Math.abs(b - a);
      sel.style.left = left + "px";
      sel.style.width = width + "px";
      sel.style.top = area.top + "px";
      sel.style.height = (area.bottom - area.top) + "px";
      sel.hidden = false;
    }
    function bucketAt(px) {
      var i = Math.round(chart.scales.x.getValueForPixel(px));
      return Math.max(0, Math.min(data.labels.length - 1, i));
    }
    canvas.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) { return; }
      start = clamp(x(ev));
      canvas.setPointerCapture(ev.pointerId);
    });
    canvas.addEventListener("pointermove", function (ev) {
      if (start === null) { return; }
      show(start, clamp(x(ev)));
    });
    function cancel() { start = null; sel.hidden = true; }
    canvas.addEventListener("pointercancel", cancel);
    canvas.addEventListener("pointerup", function (ev) {
      if (start === null) { return; }
      var end = clamp(x(ev)), from = Math.min(start, end), to = Math.max(start, end);
      start = null;
      if (to - from < 6) { sel.hidden = true; return; }  // a click, not a drag
      var first = bucketAt(from), last = bucketAt(to);
      var url = new URL(window.location.href);
      url.searchParams.set("since", data.starts[first]);
      url.searchParams.set("until", data.ends[last]);
      url.searchParams.delete("cursor");
      window.location.assign(url.toString());
    });
  }
  // Filter forms send only the filters that are set (shorter, shareable URLs).
  function tidyForms() {
    document.querySelectorAll("form.filters").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("input, select").forEach(function (el) {
          if (el.name && !el.value) { el.disabled = true; }
        });
      });
    });
  }
  function start() { tidyForms(); draw(); }
  // Deferred scripts run before DOMContentLoaded, in order: wait for it, so the
  // chart library (loaded after this file on the actor page) is there.
  if (document.readyState !== "complete") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
