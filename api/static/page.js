// The pactgraph explorer: draws /graph with Cytoscape.js and reads /relations, /paths and
// /agreements/{id} for the side panel. Plain script, no build step; every text from the API goes
// into the page as text nodes, never as HTML.
(function () {
  "use strict";

  const PREDICATES = ["backs", "opposes", "allied_with", "party_to", "brokered", "governs", "leader_of",
                      "member_of", "evolved_from", "controls", "located_in"];
  const PREDICATE_COLOURS = {
    backs: "#1b7f3b", opposes: "#c0392b", allied_with: "#2471a3", party_to: "#8e6c1d", brokered: "#b9770e",
    governs: "#6c3483", leader_of: "#515a5a", member_of: "#7f8c8d", evolved_from: "#a04000",
    controls: "#117a65", located_in: "#95a5a6",
  };
  // One colour and one shape per kind, so the kinds stay apart without colour too.
  const KINDS = {
    State: { label: "state", colour: "#2e86c1", shape: "ellipse" },
    ArmedGroup: { label: "armed group", colour: "#cb4335", shape: "triangle" },
    Organization: { label: "organization", colour: "#28b463", shape: "round-rectangle" },
    Person: { label: "person", colour: "#8e44ad", shape: "diamond" },
    Agreement: { label: "agreement", colour: "#f39c12", shape: "hexagon" },
    Place: { label: "place", colour: "#7b7d7d", shape: "star" },
    Actor: { label: "actor", colour: "#5d6d7e", shape: "octagon" },
  };

  // The legend's small drawings of each node shape (14 x 14).
  const SWATCHES = {
    ellipse: '<circle cx="7" cy="7" r="6" fill="FILL"/>',
    triangle: '<polygon points="7,1 13,13 1,13" fill="FILL"/>',
    "round-rectangle": '<rect x="1" y="2" width="12" height="10" rx="3" fill="FILL"/>',
    diamond: '<polygon points="7,0 14,7 7,14 0,7" fill="FILL"/>',
    hexagon: '<polygon points="4,1 10,1 13,7 10,13 4,13 1,7" fill="FILL"/>',
    star: '<polygon points="7,0 8.8,5 14,5 9.8,8.2 11.3,13.5 7,10.3 2.7,13.5 4.2,8.2 0,5 5.2,5" fill="FILL"/>',
    octagon: '<polygon points="4,0 10,0 14,4 14,10 10,14 4,14 0,10 0,4" fill="FILL"/>',
  };
  const $ = (id) => document.getElementById(id);
  const view = { mode: "empty", centre: null, expanded: [], lastDraw: null, drawing: null, settled: 0 };
  const statusBox = $("status");
  const panel = $("panel");

  // --- the API -----------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function url(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value === null || value === undefined || value === "") continue;
      for (const one of Array.isArray(value) ? value : [value]) query.append(key, one);
    }
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  }

  async function api(path, params) {
    let response;
    try {
      response = await fetch(url(path, params), { headers: { Accept: "application/json" } });
    } catch (e) {
      throw new ApiError(0, "network", `the server cannot be reached (${e.message})`);
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const error = body && body.error ? body.error : {};
      throw new ApiError(response.status, error.code || "http_error",
                         error.message || `${response.status} ${response.statusText}`);
    }
    return body;
  }

  // --- state shown to the user ---------------------------------------------------------------

  function setStatus(state, message) {
    statusBox.dataset.state = state;
    statusBox.textContent = message;
    // Counts the answers shown (drawn, nothing found, or an error), for scripts that wait on them.
    if (state !== "loading") view.settled += 1;
  }

  function showError(error) {
    setStatus("error", `Error: ${error.message}`);
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clearPanel(...children) {
    panel.replaceChildren(...children);
  }

  // --- filters -------------------------------------------------------------------------------

  const predicateBox = $("predicates");
  for (const predicate of PREDICATES) {
    // The checkbox list is also the edges' legend: each name in its edge colour.
    predicateBox.append(el("label", {}, el("input", { type: "checkbox", name: "predicate", value: predicate,
                                                      checked: "" }),
                           " ", el("span", { class: "swatch", style: `border-color: ${PREDICATE_COLOURS[predicate]}` }),
                           predicate.replace("_", " ")));
  }
  const legend = $("legend");
  for (const kind of Object.keys(KINDS).filter((k) => k !== "Actor")) {
    const { label, colour } = KINDS[kind];
    const swatch = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    swatch.setAttribute("width", "14");
    swatch.setAttribute("height", "14");
    swatch.innerHTML = SWATCHES[KINDS[kind].shape].replace("FILL", colour);
    legend.append(el("li", { "data-kind": kind }, swatch, label));
  }

  function checked(name) {
    return [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
  }

  function filters() {
    const predicates = checked("predicate");
    return {
      predicate: predicates.length === PREDICATES.length ? null : predicates,
      status: checked("status"),
      valid_at: $("valid-at").value.trim(),
      from: $("date-from").value.trim(),
      to: $("date-to").value.trim(),
    };
  }

  function depth() {
    return Number(checked("depth")[0] || 1);
  }

  // One step of the date control: a year, month or day, at the precision typed.
  function step(value, by) {
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
    if (!match) return String(new Date().getFullYear());
    const [, year, month, day] = match;
    if (day) {
      const date = new Date(Date.UTC(+year, +month - 1, +day + by));
      return date.toISOString().slice(0, 10);
    }
    if (month) {
      const date = new Date(Date.UTC(+year, +month - 1 + by, 1));
      return date.toISOString().slice(0, 7);
    }
    return String(+year + by);
  }

  // --- the network ---------------------------------------------------------------------------

  const cy = cytoscape({
    container: $("cy"),
    minZoom: 0.05,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
        label: "data(label)", "background-color": "data(colour)", shape: "data(shape)", width: 28, height: 28,
        "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap",
        "text-max-width": 120, "text-background-color": "#fff", "text-background-opacity": 0.7,
        "border-width": 1, "border-color": "#fff" } },
      { selector: "node.centre", style: { width: 40, height: 40, "border-width": 3, "border-color": "#22313f",
                                          "font-weight": "bold" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#f1c40f" } },
      { selector: "edge", style: {
        width: "mapData(sources, 1, 6, 2, 9)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 1.1, label: "data(predicate)",
        "font-size": 9, color: "#444", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.7 } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: 'edge[status != "asserted"]', style: { "line-style": "dashed", "line-dash-pattern": [8, 5] } },
      { selector: "edge:selected", style: { "line-color": "#f1c40f", "target-arrow-color": "#f1c40f" } },
    ],
  });

  function nodeElement(node) {
    const kind = KINDS[node.kind] || KINDS.Actor;
    return { group: "nodes", data: { id: node.id, label: node.name, kind: node.kind, colour: kind.colour,
                                     shape: kind.shape, aliases: node.aliases || [], name: node.name } };
  }

  function edgeElement(edge) {
    return { group: "edges", data: {
      id: edge.id, source: edge.source, target: edge.target, predicate: edge.predicate, status: edge.status,
      symmetric: edge.symmetric, sources: edge.sources.length, documents: edge.sources,
      evidence_count: edge.evidence_count, first_seen: edge.first_seen, last_seen: edge.last_seen,
      confidence: edge.confidence, colour: PREDICATE_COLOURS[edge.predicate] || "#555" } };
  }

  function layout(done) {
    const many = cy.nodes().length > 60;
    const centre = view.centre ? cy.getElementById(view.centre) : null;
    const options = many
      ? { name: "concentric", animate: false, minNodeSpacing: 8,
          concentric: (n) => (centre && n.same(centre) ? 10 : 10 - (n.data("depth") || 1)),
          levelWidth: () => 1 }
      : { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 120,
          nodeOverlap: 20, numIter: 1500, fit: true, padding: 50, randomSeed: 7 };
    const run = cy.layout(options);
    run.one("layoutstop", () => {
      // A small neighbourhood fitted to the window would be drawn huge: keep it at reading size.
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
      if (done) done();
    });
    run.run();
  }

  // Adds a /graph answer to what is drawn; returns how many edges it held.
  function merge(answer) {
    const added = [];
    for (const node of answer.nodes) {
      const existing = cy.getElementById(node.id);
      if (existing.empty()) {
        const element = nodeElement(node);
        element.data.depth = node.depth;
        added.push(element);
      }
    }
    for (const edge of answer.edges) {
      if (cy.getElementById(edge.id).empty()) added.push(edgeElement(edge));
    }
    cy.add(added);
    return answer.edges.length;
  }

  // `started`: when the request left, `answered`: when its answer came; the timing splits the wait
  // from the drawing (adding the elements, the layout, the first render).
  function finishDraw(started, answered, truncated) {
    // Cytoscape paints on the next animation frame: the timing ends after that frame.
    layout(() => requestAnimationFrame(() => {
      const now = performance.now();
      view.lastDraw = { ms: now - started, fetchMs: answered - started, drawMs: now - answered,
                        nodes: cy.nodes().length, edges: cy.edges().length };
      if (cy.edges().length === 0) {
        setStatus("empty", "Nothing found: no relation passes these filters.");
      } else {
        setStatus("ready", `${cy.nodes().length} nodes, ${cy.edges().length} edges` +
                           (truncated ? " (cut at the limit)" : ""));
      }
      document.body.dataset.drawn = String(Date.now());
    }));
  }

  async function draw(centre) {
    view.mode = "graph";
    view.centre = centre;
    view.expanded = [];
    await redraw();
  }

  // Draws the centre and every node the user expanded again, with the filters as they are now.
  async function redraw() {
    if (view.mode === "path") return findPaths();
    if (!view.centre) return;
    const started = performance.now();
    setStatus("loading", "Loading…");
    const drawing = (view.drawing = Symbol("draw"));
    try {
      const base = filters();
      const answers = await Promise.all([view.centre, ...view.expanded].map(
        (actor, i) => api("/graph", { actor, depth: i === 0 ? depth() : 1, ...base })));
      if (drawing !== view.drawing) return;
      const answered = performance.now();
      cy.elements().remove();
      let truncated = false;
      answers.forEach((answer) => {
        merge(answer);
        truncated = truncated || answer.truncated;
      });
      view.centre = answers[0].centre.id;
      cy.getElementById(view.centre).addClass("centre");
      history.replaceState(null, "", url("/", { actor: view.centre }));
      finishDraw(started, answered, truncated);
    } catch (error) {
      if (drawing !== view.drawing) return;
      cy.elements().remove();
      if (error.status === 404) setStatus("empty", `Nothing found: ${error.message}`);
      else showError(error);
    }
  }

  async function expand(id) {
    if (view.mode !== "graph" || id === view.centre || view.expanded.includes(id)) return;
    const started = performance.now();
    setStatus("loading", "Loading…");
    try {
      const answer = await api("/graph", { actor: id, depth: 1, ...filters() });
      const answered = performance.now();
      view.expanded.push(id);
      merge(answer);
      finishDraw(started, answered, answer.truncated);
    } catch (error) {
      showError(error);
    }
  }

  // --- the side panel ----------------------------------------------------------------------------

  const LETTER = /[\p{L}\p{N}]/u;

  // The sentence as text, with every mention of the names (longest first, case ignored) in <mark>.
  function marked(sentence, names) {
    const terms = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
    const lower = sentence.toLowerCase();
    const spans = [];
    for (const term of terms) {
      const needle = term.toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        // Whole words only: "Syria" is not marked inside "Syrian".
        if (LETTER.test(sentence.charAt(at - 1)) || LETTER.test(sentence.charAt(end))) continue;
        if (!spans.some(([s, e]) => at < e && end > s)) spans.push([at, end]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    const out = el("blockquote", {});
    let last = 0;
    for (const [start, end] of spans) {
      out.append(sentence.slice(last, start), el("mark", {}, sentence.slice(start, end)));
      last = end;
    }
    out.append(sentence.slice(last));
    return out;
  }

  function evidenceItem(item, names) {
    const confidence = item.confidence === null || item.confidence === undefined ? "–" : item.confidence;
    return el("li", { class: `evidence status-${item.status}` },
              marked(item.sentence, names),
              el("div", { class: "meta" }, `${item.document} · ${item.date || "undated"} · ${item.status} · ` +
                                           `confidence ${confidence}`));
  }

  function namesOf(node) {
    return [node.name, ...(node.aliases || [])];
  }

  async function showEdge(edge) {
    const data = edge.data();
    const source = edge.source().data();
    const target = edge.target().data();
    const arrow = data.symmetric ? "—" : "→";
    const title = el("h2", {}, `${source.name} ${arrow} ${data.predicate.replace("_", " ")} ${arrow} ${target.name}`);
    const summary = el("p", { class: "summary" },
                       `${data.status} · ${data.evidence_count} statement(s) in ${data.sources} document(s) · ` +
                       `${data.first_seen || "undated"} to ${data.last_seen || "undated"}`);
    const list = el("ol", { id: "evidence-list" });
    clearPanel(title, summary, el("p", { class: "hint" }, "Loading the sentences…"));
    try {
      const { from, to, valid_at } = filters();
      const page = await api("/relations", { subject: data.source, object: data.target, predicate: data.predicate,
                                             status: data.status, from, to, valid_at, limit: 200 });
      const ends = new Set([data.source, data.target]);
      const names = [...namesOf(source), ...namesOf(target)];
      for (const row of page.data) {
        if (!ends.has(row.subject.id) || !ends.has(row.object.id)) continue;
        for (const item of row.evidence) {
          if (item.status === data.status) list.append(evidenceItem(item, names));
        }
      }
      clearPanel(title, summary, list.children.length ? list : el("p", {}, "No sentence passes these filters."));
    } catch (error) {
      clearPanel(title, summary, el("p", { class: "error", role: "alert" }, `Error: ${error.message}`));
    }
  }

  function entityList(title, entities) {
    const list = el("ul", {});
    for (const entity of entities) {
      list.append(el("li", {}, el("a", { href: url("/", { actor: entity.id }),
                                          onclick: (e) => { e.preventDefault(); draw(entity.id); } }, entity.name)));
    }
    return [el("h3", {}, title), entities.length ? list : el("p", { class: "hint" }, "none read")];
  }

  async function showAgreement(id) {
    clearPanel(el("p", { class: "hint" }, "Loading the agreement…"));
    try {
      const agreement = await api(`/agreements/${encodeURIComponent(id)}`, {});
      const violations = [...agreement.candidate_violations].sort(
        (a, b) => (a.date || a.evidence.date || "").localeCompare(b.date || b.evidence.date || ""));
      const list = el("ol", { id: "violations" });
      for (const event of violations) {
        const names = event.roles.map((r) => r.name).concat(event.trigger ? [event.trigger] : []);
        list.append(el("li", { class: "evidence" },
                       el("div", {}, el("strong", {}, `${event.date || event.evidence.date || "undated"} · ` +
                                                      `${event.type}`), ` at ${event.zone.name}`),
                       marked(event.evidence.sentence, names),
                       el("div", { class: "meta" }, `${event.evidence.document} · ${event.status}`)));
      }
      const sentences = el("ol", {});
      const names = [agreement.name, ...agreement.aliases];
      for (const item of agreement.evidence) sentences.append(evidenceItem(item, names));
      clearPanel(
        el("h2", { id: "agreement-name" }, agreement.name),
        el("p", { class: "summary" }, [agreement.kind, agreement.date, agreement.status].filter(Boolean).join(" · ")),
        ...entityList("Parties", agreement.parties),
        ...entityList("Brokers", agreement.brokers),
        ...entityList("Zones", agreement.zones),
        el("h3", {}, `Candidate violations since ${agreement.violations_since || "?"}`),
        violations.length ? list : el("p", { class: "hint" }, "none read"),
        el("p", { class: "hint" }, "Leads to check, not findings: events at its zones on or after its date."),
        el("h3", {}, "Sentences"), sentences);
    } catch (error) {
      clearPanel(el("p", { class: "error", role: "alert" }, `Error: ${error.message}`));
    }
  }

  // --- paths -----------------------------------------------------------------------------------

  async function findPaths() {
    const source = $("path-source").value.trim();
    const target = $("path-target").value.trim();
    if (!source || !target) {
      setStatus("empty", "Give both ends of the path.");
      return;
    }
    view.mode = "path";
    const started = performance.now();
    setStatus("loading", "Loading…");
    clearPanel(el("p", { class: "hint" }, "Looking for paths…"));
    try {
      const predicates = filters().predicate;
      const page = await api("/paths", { source, target, predicate: predicates, max_hops: 3, limit: 10 });
      const answered = performance.now();
      cy.elements().remove();
      const paths = el("ol", { id: "paths" });
      for (const path of page.data) {
        const names = Object.fromEntries(path.nodes.map((n) => [n.id, n]));
        const nodes = path.nodes.map((n, i) => ({ ...n, kind: n.type || "Actor", depth: i }));
        const edges = path.steps.map((s) => ({ ...s, id: `${s.subject}|${s.predicate}|asserted|${s.object}`,
                                               source: s.subject, target: s.object, status: "asserted",
                                               symmetric: ["opposes", "allied_with"].includes(s.predicate),
                                               sources: s.sources || [] }));
        merge({ nodes, edges });
        const hops = el("ol", { class: "hops" });
        for (const s of path.steps) {
          const subject = names[s.subject] || { name: s.subject, aliases: [] };
          const object = names[s.object] || { name: s.object, aliases: [] };
          const sentences = el("ul", {});
          for (const item of s.evidence) sentences.append(evidenceItem(item, [...namesOf(subject), ...namesOf(object)]));
          hops.append(el("li", {}, el("strong", {}, `${subject.name} ${s.predicate.replace("_", " ")} ${object.name}`),
                         sentences));
        }
        paths.append(el("li", {}, el("div", {}, path.nodes.map((n) => n.name).join(" — ")), hops));
      }
      for (const end of [page.data[0]?.nodes[0], page.data[0]?.nodes.at(-1)]) {
        if (end) cy.getElementById(end.id).addClass("centre");
      }
      clearPanel(el("h2", {}, `Paths from ${source} to ${target}`),
                 page.data.length ? paths : el("p", {}, "No path of three hops or fewer."));
      if (page.data.length === 0) {
        setStatus("empty", "Nothing found: no path between them.");
        return;
      }
      history.replaceState(null, "", url("/", { from_actor: source, to_actor: target }));
      finishDraw(started, answered, false);
    } catch (error) {
      showError(error);
      clearPanel(el("p", { class: "error", role: "alert" }, `Error: ${error.message}`));
    }
  }

  // --- search with suggestions ---------------------------------------------------------------------

  const search = $("search");
  const suggestions = $("suggestions");
  let active = -1;
  let pending = 0;

  function closeSuggestions() {
    suggestions.hidden = true;
    search.setAttribute("aria-expanded", "false");
    search.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const items = [...suggestions.children];
    active = items.length ? (index + items.length) % items.length : -1;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) search.setAttribute("aria-activedescendant", items[active].id);
  }

  function choose(actor) {
    search.value = actor.name;
    closeSuggestions();
    draw(actor.id);
  }

  async function suggest() {
    const q = search.value.trim();
    const ticket = ++pending;
    if (!q) return closeSuggestions();
    try {
      const page = await api("/actors", { q, limit: 8 });
      if (ticket !== pending) return;
      suggestions.replaceChildren(...page.data.map((actor, i) => {
        const alias = actor.aliases.find((a) => a.toLowerCase().includes(q.toLowerCase()) &&
                                                !actor.name.toLowerCase().includes(q.toLowerCase()));
        const kind = (KINDS[actor.type] || KINDS.Actor).label;
        return el("li", { id: `suggestion-${i}`, role: "option", "aria-selected": "false", "data-id": actor.id,
                          onmousedown: (e) => { e.preventDefault(); choose(actor); } },
                  actor.name, alias ? ` (${alias})` : "", el("span", { class: "kind" }, kind));
      }));
      suggestions.hidden = page.data.length === 0;
      search.setAttribute("aria-expanded", String(page.data.length > 0));
      suggestions._actors = page.data;
      highlight(page.data.length ? 0 : -1);
    } catch (error) {
      showError(error);
    }
  }

  let typing = null;
  search.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(suggest, 150);
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (suggestions.hidden) suggest();
      else highlight(active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Escape" && !suggestions.hidden) {
      e.preventDefault();  // a search field would also clear its text: close the list only
      closeSuggestions();
    }
  });
  search.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
  $("search-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const actors = suggestions._actors || [];
    if (!suggestions.hidden && active >= 0 && actors[active]) return choose(actors[active]);
    const q = search.value.trim();
    if (!q) return;
    closeSuggestions();
    draw(q);  // /graph resolves names and aliases itself
  });

  $("path-form").addEventListener("submit", (e) => {
    e.preventDefault();
    findPaths();
  });

  // --- wiring ------------------------------------------------------------------------------------

  for (const input of document.querySelectorAll('#filters input[type="checkbox"], #filters input[type="radio"]')) {
    input.addEventListener("change", redraw);
  }
  for (const id of ["valid-at", "date-from", "date-to"]) {
    $(id).addEventListener("keydown", (e) => { if (e.key === "Enter") redraw(); });
  }
  $("apply-dates").addEventListener("click", redraw);
  $("clear-dates").addEventListener("click", () => {
    for (const id of ["valid-at", "date-from", "date-to"]) $(id).value = "";
    redraw();
  });
  $("step-back").addEventListener("click", () => { $("valid-at").value = step($("valid-at").value.trim(), -1); redraw(); });
  $("step-forward").addEventListener("click", () => { $("valid-at").value = step($("valid-at").value.trim(), 1); redraw(); });

  cy.on("tap", "node", (e) => {
    const node = e.target;
    if (node.data("kind") === "Agreement") showAgreement(node.id());
    if (view.mode === "graph") expand(node.id());
    else draw(node.id());
  });
  cy.on("tap", "edge", (e) => showEdge(e.target));

  // Deep links: /?actor=ID, /?agreement=ID (what /id/{kind}/{id} redirects to), /?from_actor=&to_actor=.
  const params = new URLSearchParams(location.search);
  if (params.get("agreement")) {
    draw(params.get("agreement"));
    showAgreement(params.get("agreement"));
  } else if (params.get("actor")) {
    draw(params.get("actor"));
  } else if (params.get("from_actor") && params.get("to_actor")) {
    $("path-source").value = params.get("from_actor");
    $("path-target").value = params.get("to_actor");
    findPaths();
  }

  // For the browser tests and the benchmark: the drawing and its last timing.
  window.pactgraph = { cy, view };
})();
