/* kg viz: draws the graph embedded in #kg-data with vis-network (inlined above this script).
   Sets window.kgReady = {nodes, edges} once the layout has settled and been drawn. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","WenQuanYi Micro Hei",' +
    '"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif';
  var INSIDE = { box: true, ellipse: true, circle: true, database: true, text: true };
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function field(dl, name, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) { return; }
    dl.appendChild(el("dt", name));
    if (Array.isArray(value)) {
      var dd = el("dd"), ul = el("ul");
      value.forEach(function (v) { ul.appendChild(v instanceof Node ? wrapLi(v) : el("li", v)); });
      dd.appendChild(ul);
      dl.appendChild(dd);
    } else {
      dl.appendChild(el("dd", value));
    }
  }

  function wrapLi(node) { var li = el("li"); li.appendChild(node); return li; }

  function nodeCard(n) {
    var box = el("div"), dl = el("dl");
    box.appendChild(el("strong", n.name));
    field(dl, "Label", n.label);
    field(dl, "Aliases", n.aliases.length ? n.aliases.join("、") : "—");
    field(dl, "Wikidata", n.wikidata || "—");
    field(dl, "Id", n.id);
    n.extra.forEach(function (kv) { field(dl, kv[0], kv[1]); });
    box.appendChild(dl);
    return box;
  }

  function articleItem(id) {
    var a = data.articles[id];
    if (!a) { return el("span", id + " (not in the store)"); }
    var span = el("span");
    span.appendChild(el("strong", a.title || "(untitled)"));
    span.appendChild(document.createTextNode(" · " + (a.date || "undated") + " · " + (a.source || "")));
    return span;
  }

  function edgeCard(e) {
    var box = el("div"), dl = el("dl");
    box.appendChild(el("strong", byId[e.source].name + " —" + e.type + "→ " + byId[e.target].name));
    field(dl, "Title", e.title);
    field(dl, "Confidence", e.confidence);
    field(dl, "Seen", [e.first_seen, e.last_seen].filter(Boolean).join(" … "));
    field(dl, "Evidence", e.evidence.length ? e.evidence : ["—"]);
    field(dl, "Articles", e.articles.map(articleItem));
    box.appendChild(dl);
    return box;
  }

  function show(card) {
    var details = document.getElementById("kg-details");
    details.replaceChildren(el("h2", "Details"), card);
  }

  function visNode(n) {
    var st = data.styles[n.label];
    var inside = INSIDE[st.shape] === true;
    return {
      id: n.id, label: n.name, title: nodeCard(n), shape: st.shape, size: 14,
      color: { background: st.color, border: n.id === data.focus ? "#111" : st.color,
               highlight: { background: st.color, border: "#000" },
               hover: { background: st.color, border: "#000" } },
      borderWidth: n.id === data.focus ? 4 : 1,
      font: { face: FONT, size: 14, color: inside ? "#fff" : "#222" },
      widthConstraint: { maximum: 180 }
    };
  }

  function visEdges() {
    var seen = {};
    return data.edges.map(function (e) {
      var pair = [e.source, e.target].sort().join("\u0000");
      var k = seen[pair] = (seen[pair] || 0) + 1;
      var smooth = k === 1 ? { enabled: true, type: "continuous" }
        : { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.ceil((k - 1) / 2) };
      return {
        id: e.id, from: e.source, to: e.target, arrows: "to", smooth: smooth,
        label: e.title ? e.type + "\n" + e.title : e.type,
        title: e.evidence.length ? e.evidence[0] : e.type,
        font: { face: FONT, size: 10, align: "middle", color: "#555", strokeWidth: 3 },
        color: { color: "#999", highlight: "#333" }
      };
    });
  }

  var SVG = "http://www.w3.org/2000/svg";  // a namespace name, never fetched
  var SHAPES = {
    box: ["rect", { x: 1, y: 4, width: 14, height: 8, rx: 2 }],
    square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
    ellipse: ["ellipse", { cx: 8, cy: 8, rx: 7, ry: 4.5 }],
    dot: ["circle", { cx: 8, cy: 8, r: 6 }],
    diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
    triangle: ["polygon", { points: "8,1 15,14 1,14" }],
    hexagon: ["polygon", { points: "4,2 12,2 15,8 12,14 4,14 1,8" }],
    star: ["polygon", { points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" }]
  };
  function swatch(shape, color) {
    var svg = document.createElementNS(SVG, "svg"), spec = SHAPES[shape] || SHAPES.dot;
    var item = document.createElementNS(SVG, spec[0]);
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("class", "mark");
    Object.keys(spec[1]).forEach(function (k) { item.setAttribute(k, spec[1][k]); });
    item.setAttribute("fill", color);
    svg.appendChild(item);
    return svg;
  }

  function legend() {
    var list = document.getElementById("kg-legend-list"), count = {};
    data.nodes.forEach(function (n) { count[n.label] = (count[n.label] || 0) + 1; });
    Object.keys(data.styles).forEach(function (label) {
      var li = el("li");
      li.appendChild(swatch(data.styles[label].shape, data.styles[label].color));
      li.appendChild(document.createTextNode(label + " (" + (count[label] || 0) + ")"));
      list.appendChild(li);
    });
    var li = el("li", "→ relationship (type, and title for HOLDS_POSITION)");
    list.appendChild(li);
    var total = data.nodes.length + " nodes, " + data.edges.length + " relationships";
    document.getElementById("kg-note").textContent = data.note ? data.note : "";
    document.getElementById("kg-title").title = total;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(visEdges());
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    layout: { randomSeed: 7, improvedLayout: data.nodes.length < 150 },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true },
               forceAtlas2Based: { gravitationalConstant: -110, springLength: 150, avoidOverlap: 0.8 } },
    interaction: { hover: true, tooltipDelay: 120, multiselect: false, dragNodes: true,
                   dragView: true, zoomView: true }
  });
  window.kgNetwork = network;

  network.on("click", function (p) {
    if (p.nodes.length) { show(nodeCard(byId[p.nodes[0]])); }
    else if (p.edges.length) {
      var e = data.edges.filter(function (x) { return x.id === p.edges[0]; })[0];
      if (e) { show(edgeCard(e)); }
    }
  });

  var marked = null;
  function find(query) {
    var q = query.trim().toLowerCase(), hit = null;
    if (!q) { return null; }
    data.nodes.forEach(function (n) {
      var names = [n.name].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
      if (!hit && names.indexOf(q) >= 0) { hit = n; }
    });
    data.nodes.forEach(function (n) {
      if (!hit && (n.name.toLowerCase().indexOf(q) >= 0 || n.id === query.trim())) { hit = n; }
    });
    return hit;
  }
  function highlight(n) {
    if (marked) { nodes.update(visNode(byId[marked])); }
    marked = n.id;
    nodes.update({ id: n.id, borderWidth: 6, color: { border: "#ff0000", background: data.styles[n.label].color } });
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.3, animation: false });
    show(nodeCard(n));
  }
  document.getElementById("kg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = document.getElementById("kg-search-input").value, n = find(query);
    document.getElementById("kg-search-status").textContent = n ? "found: " + n.name : "no match";
    if (n) { highlight(n); }
    window.kgSearch = { query: query, found: n ? n.id : null };
  });
  var names = document.getElementById("kg-names");
  data.nodes.forEach(function (n) { var o = el("option"); o.value = n.name; names.appendChild(o); });

  legend();
  var done = false;
  function ready() {
    if (done) { return; }
    done = true;
    network.setOptions({ physics: false });
    network.fit();
    network.once("afterDrawing", function () {
      window.kgReady = { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
      document.body.setAttribute("data-kg-ready", "1");
    });
    network.redraw();
  }
  network.once("stabilizationIterationsDone", ready);
  setTimeout(ready, 15000);  // a page must settle even if stabilization never reports
})();
